using Briefing.Diagnostics;
using YamlDotNet.Core;

namespace Briefing.Yaml;

/// <summary>
/// Maps a position inside a scalar's value (line and column, from 0, as Markdig counts) back to the
/// file. YAML folds plain, quoted and '>' scalars (line breaks become spaces), and strips the indentation
/// of block scalars, so the value's coordinates differ from the file's.
/// </summary>
public sealed class PositionMap
{
    private readonly List<Anchor> _anchors;
    private readonly string _file;

    private PositionMap(string file, List<Anchor> anchors)
    {
        _file = file;
        _anchors = anchors;
    }

    /// <summary>The map of <paramref name="scalar"/>, or null when it has no file text behind it.</summary>
    public static PositionMap? For(YamlScalar scalar)
    {
        if (scalar.FileLines.Count == 0)
        {
            return null;
        }

        var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var first = block ? scalar.Location.Line + 1 : scalar.Location.Line;
        var last = Math.Min(scalar.End.Line, scalar.FileLines.Count + scalar.FileLineOffset);
        var lineOffset = scalar.FileLineOffset;
        var anchors = new List<Anchor>();
        var valueLine = 0;
        var valueColumn = 0;
        var previousLength = -1;
        var indent = -1;
        for (var fileLine = first; fileLine <= last; fileLine++)
        {
            var raw = scalar.FileLines[fileLine - 1 - lineOffset].TrimEnd('\r');
            var start = fileLine == scalar.Location.Line && !block ? scalar.Location.Column - 1 + (scalar.Style is ScalarStyle.Plain ? 0 : 1) : Indentation(raw, indent);
            var content = start < raw.Length ? raw[start..].TrimEnd() : "";
            if (content.Length == 0)
            {
                // A blank line is a line break in every style.
                valueLine++;
                valueColumn = 0;
                previousLength = -1;
                continue;
            }

            if (block && indent < 0)
            {
                indent = start;
            }

            if (scalar.Style == ScalarStyle.Literal || previousLength < 0)
            {
                valueColumn = 0;
            }
            else
            {
                // Folded: this line continues the previous one after a single space.
                valueColumn += previousLength + 1;
                valueLine--;
            }

            anchors.Add(new Anchor(valueLine, valueColumn, fileLine, start + 1));
            previousLength = content.Length;
            valueLine++;
        }

        return new PositionMap(scalar.Location.File, anchors);
    }

    /// <summary>Where the value's line <paramref name="line"/>, column <paramref name="column"/> stands in the file.</summary>
    public SourceLocation Locate(int line, int column)
    {
        var best = _anchors.Count > 0 ? _anchors[0] : new Anchor(0, 0, 1, 1);
        foreach (var a in _anchors)
        {
            if (a.ValueLine < line || (a.ValueLine == line && a.ValueColumn <= column))
            {
                best = a;
            }
        }

        return best.ValueLine == line
            ? new SourceLocation(_file, best.FileLine, best.FileColumn + column - best.ValueColumn)
            : new SourceLocation(_file, best.FileLine + line - best.ValueLine, column + 1);
    }

    private static int Indentation(string line, int blockIndent)
    {
        var spaces = 0;
        while (spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }

        return blockIndent >= 0 ? Math.Min(blockIndent, spaces) : spaces;
    }

    /// <summary>Where a line (or a folded piece of one) of the value starts in the file.</summary>
    private readonly record struct Anchor(int ValueLine, int ValueColumn, int FileLine, int FileColumn);
}
