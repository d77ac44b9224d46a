using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>
/// Text that is valid but almost certainly not what the editor meant to publish: a placeholder
/// <c>briefing new</c> wrote (TODO, today's date marked for correction), or a value YAML cut short at
/// a <c> #</c>, where the rest silently became a comment. Each is a warning, so <c>--strict</c> fails on it.
/// </summary>
internal static partial class LeftOvers
{
    /// <summary>The comment <c>briefing new</c> writes beside the date it could not know.</summary>
    public const string TodayMarker = "# today's date";

    /// <summary>Warns when <paramref name="value"/> (the value of <paramref name="scalar"/>) still holds a TODO.</summary>
    public static void WarnIfTodo(string key, YamlScalar scalar, string value, DiagnosticBag diagnostics)
    {
        // site.yml's placeholders are 'briefing init's, reported as BRF110 by the site's own check.
        var todo = Todo().Match(value);
        if (todo.Success && scalar.Location.File != SiteReader.Path)
        {
            var at = Locate(PositionMap.For(scalar), value, todo.Index) ?? scalar.Location;
            diagnostics.Warning(DiagnosticCodes.PlaceholderLeft, at, $"'{key}' still holds a placeholder ({Excerpt(value, todo.Index)}); replace it with the real text");
        }
    }

    /// <summary>Warns when a Markdown body still holds a TODO.</summary>
    public static void WarnIfTodo(string what, MarkdownText text, DiagnosticBag diagnostics)
    {
        var todo = Todo().Match(text.Text);
        if (todo.Success)
        {
            var at = Locate(null, text.Text, todo.Index, text) ?? text.Start;
            diagnostics.Warning(DiagnosticCodes.PlaceholderLeft, at, $"{what} still holds a placeholder ({Excerpt(text.Text, todo.Index)}); replace it with the real text");
        }
    }

    /// <summary>Warns when a date is still the one <c>briefing new</c> wrote and marked.</summary>
    public static void WarnIfTodaysDate(string key, YamlScalar scalar, DiagnosticBag diagnostics)
    {
        if (TrailingComment(scalar) is { } comment && comment.Text.StartsWith(TodayMarker, StringComparison.Ordinal))
        {
            diagnostics.Warning(DiagnosticCodes.PlaceholderLeft, scalar.Location,
                $"'{key}' is still the date 'briefing new' wrote ({scalar.Value}, the day it ran), marked '{TodayMarker}'; correct it, then delete the comment");
        }
    }

    /// <summary>Warns when an unquoted value is followed by " #": YAML made the rest of the line a comment.</summary>
    public static void WarnIfCutByComment(string key, YamlScalar scalar, DiagnosticBag diagnostics)
    {
        if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && TrailingComment(scalar) is { } comment)
        {
            diagnostics.Warning(DiagnosticCodes.CommentCutValue, comment.At,
                $"the '#' at column {comment.At.Column} follows a space, so it begins a YAML comment: '{key}' ends at \"{Tail(scalar.Value)}\" and \"{YamlMistakes.Cut(comment.Text)}\" is left out; "
                + $"if it belongs to the {key}, put the whole {key} in double quotes; if it is a comment, put it on a line of its own");
        }
    }

    /// <summary>The comment on the line where a plain scalar ends, and where its '#' stands.</summary>
    private static (string Text, SourceLocation At)? TrailingComment(YamlScalar scalar)
    {
        var index = scalar.End.Line - 1 - scalar.FileLineOffset;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain || index < 0 || index >= scalar.FileLines.Count)
        {
            return null;
        }

        var line = scalar.FileLines[index].TrimEnd('\r');
        var from = Math.Min(line.Length, Math.Max(0, scalar.End.Column - 1));
        var hash = line.IndexOf('#', from);
        return hash > 0 && line[from..hash].Trim().Length == 0 && char.IsWhiteSpace(line[hash - 1])
            ? (line[hash..].Trim(), scalar.End with { Column = hash + 1 })
            : null;
    }

    // Value coordinates (line and column from 0) of a character of the value, mapped back to the file.
    private static SourceLocation? Locate(PositionMap? map, string value, int index, MarkdownText? text = null)
    {
        var line = value[..index].Count(c => c == '\n');
        var column = index - (index == 0 ? 0 : value.LastIndexOf('\n', index - 1) + 1);
        return text is not null ? text.Locate(line, column) : map?.Locate(line, column);
    }

    private static string Excerpt(string value, int index)
    {
        var rest = value[index..];
        var end = rest.IndexOf('\n', StringComparison.Ordinal);
        return "\"" + YamlMistakes.Cut(end < 0 ? rest.Trim() : rest[..end].Trim()) + "\"";
    }

    private static string Tail(string value) => value.Length > 30 ? "..." + value[^27..] : value;

    [GeneratedRegex(@"\bTODO\b", RegexOptions.CultureInvariant)]
    private static partial Regex Todo();
}
