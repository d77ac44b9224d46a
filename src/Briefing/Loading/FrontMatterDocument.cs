using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>A Markdown file with YAML front matter between two <c>---</c> lines: topics and free pages.</summary>
internal sealed record FrontMatterDocument(YamlNode Header, MarkdownText Body)
{
    /// <summary>Splits and parses <paramref name="text"/>; null (after reporting) when it has no usable front matter.</summary>
    public static FrontMatterDocument? Parse(string file, string text, string what, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || !IsFence(lines[0]))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, SourceLocation.StartOf(file),
                $"a {what} file must start with front matter: a line '---', then 'title: …', then a closing '---'");
            return null;
        }

        var close = Array.FindIndex(lines, 1, IsFence);
        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, SourceLocation.StartOf(file),
                "the front matter is not closed: add a line '---' after its last field");
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var header = YamlTreeBuilder.Build(file, yaml, diagnostics, lineOffset: 1);
        if (header is null)
        {
            if (yaml.Trim().Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.MissingField, new SourceLocation(file, 2, 1), $"the front matter of a {what} needs at least 'title'");
            }

            return null;
        }

        var body = string.Join('\n', lines[(close + 1)..]);
        return new FrontMatterDocument(header, new MarkdownText(body, new SourceLocation(file, close + 2, 1), Inline: false));
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";
}
