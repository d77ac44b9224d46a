using System.Text;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Yaml;

namespace Briefing.Scaffolding;

/// <summary>
/// Adds one item to a YAML file that is a list (claims, events). The file's existing bytes are kept
/// exactly: the item is appended, after a line end if the file lacks one and a blank line as in the
/// seed briefing, indented like the list and with the file's own line ends. The result is parsed
/// before it is written, so a file is never left broken.
/// </summary>
internal static class SequenceFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Appends <paramref name="item"/> (its lines, written from column 1) to the list in <paramref name="relative"/>,
    /// creating the file when it does not exist. Returns null, or why nothing was written.
    /// </summary>
    public static string? Append(ExistingBriefing briefing, string relative, IReadOnlyList<string> item, string what)
    {
        var full = briefing.FullPath(relative);
        try
        {
            return File.Exists(full) ? AppendTo(briefing.Root, full, relative, item, what) : Create(full, relative, item);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write '{relative}': {ex.Message}";
        }
    }

    private static string? Create(string full, string relative, IReadOnlyList<string> item)
    {
        var text = Lines(item, "", "\n");
        return Verify(relative, text, 0) ?? NewFile.Write(full, relative, text);
    }

    private static string? AppendTo(string root, string full, string relative, IReadOnlyList<string> item, string what)
    {
        var diagnostics = new DiagnosticBag();
        var existing = ContentFileReader.Read(root, relative, ContentFileReader.MaxContentBytes, diagnostics);
        var node = existing is null ? null : YamlTreeBuilder.Build(relative, existing, diagnostics);
        if (existing is null || diagnostics.HasErrors)
        {
            var d = diagnostics.Sorted().First(x => x.IsError);
            return $"'{relative}' must be fixed first: line {d.Location.Line}: {d.Message}";
        }

        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var prefix = existing;
        var indent = "";
        var count = 0;
        var rewrite = false;
        switch (node)
        {
            case null:
                break; // empty, or only comments: the item starts the list
            case YamlSequence list when IsFlow(existing, list):
                if (list.Items.Count > 0)
                {
                    return $"'{relative}' is written as a flow list ([ ... ]), which cannot be added to safely; add the item by hand, or use another file";
                }

                prefix = WithoutEmptyFlowList(existing, list.Location); // "[]": the editor's way of writing "none yet"
                prefix = prefix.Trim().Length == 0 ? "" : prefix;
                rewrite = true;
                break;
            case YamlSequence list:
                count = list.Items.Count;
                indent = new string(' ', list.Location.Column - 1);
                break;
            default:
                return $"'{relative}' must be a list of {what}, each item starting with '- ', but it is {node.KindName}; fix it first";
        }

        var addition = new StringBuilder();
        if (prefix.Length > 0 && !prefix.EndsWith('\n'))
        {
            addition.Append(newline);
        }

        if (prefix.Trim().Length > 0 && !EndsWithBlankLine(prefix + addition))
        {
            addition.Append(newline);
        }

        addition.Append(Lines(item, indent, newline));
        if (Verify(relative, prefix + addition, count) is { } problem)
        {
            return problem;
        }

        if (rewrite)
        {
            var bom = File.ReadAllBytes(full) is [0xEF, 0xBB, 0xBF, ..] ? "\uFEFF" : "";
            File.WriteAllBytes(full, Utf8.GetBytes(bom + prefix + addition));
        }
        else
        {
            using var stream = new FileStream(full, FileMode.Append, FileAccess.Write);
            stream.Write(Utf8.GetBytes(addition.ToString()));
        }

        return null;
    }

    private static string Lines(IReadOnlyList<string> item, string indent, string newline) =>
        string.Concat(item.Select(line => (line.Length == 0 ? "" : indent + line) + newline));

    private static string? Verify(string relative, string text, int countBefore)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlTreeBuilder.Build(relative, text, diagnostics);
        return !diagnostics.HasErrors && node is YamlSequence list && list.Items.Count == countBefore + 1
            ? null
            : $"cannot add to '{relative}' safely (the result would not be a list with one more item); add the item by hand";
    }

    private static bool IsFlow(string text, YamlSequence list)
    {
        var lines = text.Split('\n');
        var line = list.Location.Line - 1;
        var column = list.Location.Column - 1;
        return line < lines.Length && column < lines[line].Length && lines[line][column] == '[';
    }

    private static string WithoutEmptyFlowList(string text, SourceLocation at)
    {
        var lines = text.Split('\n');
        var line = lines[at.Line - 1];
        var close = line.IndexOf(']', at.Column - 1);
        lines[at.Line - 1] = line[..(at.Column - 1)] + line[(close + 1)..];
        return string.Join('\n', lines);
    }

    private static bool EndsWithBlankLine(string text)
    {
        var lines = text.Split('\n');
        return lines.Length >= 2 && lines[^1].Length == 0 && lines[^2].Trim().Length == 0;
    }
}
