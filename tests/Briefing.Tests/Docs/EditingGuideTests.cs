using System.Globalization;
using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Cli;
using Briefing.Diagnostics;

namespace Briefing.Tests.Docs;

/// <summary>
/// Keeps docs/editing.md, the editors' guide, complete: a section for every diagnostic code, every
/// command of the CLI named, and no link that leads nowhere.
/// </summary>
public sealed partial class EditingGuideTests
{
    private static readonly Lazy<string> Root = new(FindRoot);

    private static string GuidePath => Path.Combine(Root.Value, "docs", "editing.md");

    private static readonly Lazy<string> Guide = new(() => File.ReadAllText(GuidePath, Encoding.UTF8).ReplaceLineEndings("\n"));

    /// <summary>Every code of <see cref="DiagnosticCodes"/>, read by reflection so that a new code cannot be forgotten.</summary>
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in AllCodes())
        {
            data.Add(code);
        }

        return data;
    }

    [Fact]
    public void DiagnosticCodesAreFound()
    {
        // Guards the reflection itself: an empty theory would pass without checking anything.
        Assert.True(AllCodes().Count >= 30, $"only {AllCodes().Count} codes found in DiagnosticCodes");
        Assert.All(AllCodes(), code => Assert.Matches("^BRF[0-9]{3}$", code));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeHasItsOwnSection(string code)
    {
        Assert.True(
            Regex.IsMatch(Guide.Value, $"^### {code}\\b", RegexOptions.Multiline),
            $"docs/editing.md has no section '### {code} — …'; add one that says what it means, shows a real message and how to fix it");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EverySectionShowsAnExampleMessage(string code)
    {
        var section = SectionOf(code);
        Assert.True(
            Regex.IsMatch(section, $@"\): (error|warning) {code}: "),
            $"the section on {code} shows no example message in the form 'path(line,col): error {code}: …'");
    }

    [Fact]
    public void CodeSectionsAreInCodeOrderAndNameOnlyRealCodes()
    {
        var documented = CodeHeading().Matches(Guide.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(documented.Order(StringComparer.Ordinal), documented);
        Assert.Equal(documented.Distinct(StringComparer.Ordinal), documented);
        Assert.Empty(documented.Except(AllCodes(), StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCommandOfTheCliIsNamed()
    {
        var commands = CommandsIn(Help());
        Assert.Superset(new HashSet<string>(["build", "validate", "preview", "new"], StringComparer.Ordinal), commands.ToHashSet(StringComparer.Ordinal));
        foreach (var command in commands)
        {
            Assert.True(Guide.Value.Contains($"briefing {command}", StringComparison.Ordinal), $"docs/editing.md never names 'briefing {command}'");
        }
    }

    [Fact]
    public void EveryKindOfSkeletonIsNamed()
    {
        var kinds = CommandsIn(Help("new"));
        Assert.Superset(new HashSet<string>(["source", "claim", "event", "topic"], StringComparer.Ordinal), kinds.ToHashSet(StringComparer.Ordinal));
        foreach (var kind in kinds)
        {
            Assert.True(Guide.Value.Contains($"briefing new {kind}", StringComparison.Ordinal), $"docs/editing.md never shows 'briefing new {kind}'");
        }
    }

    [Fact]
    public void EveryRelativeLinkPointsToAFileInTheRepository()
    {
        var folder = Path.GetDirectoryName(GuidePath)!;
        var links = LinkTargets().Where(IsRelative).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var path = WebUtility.UrlDecode(link.Split('#')[0]);
            var full = Path.GetFullPath(Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar)));
            Assert.True(full.StartsWith(Root.Value, StringComparison.Ordinal), $"link '{link}' leaves the repository");
            Assert.True(File.Exists(full) || Directory.Exists(full), $"link '{link}' points to '{full}', which does not exist");
        }
    }

    [Fact]
    public void EveryLinkWithinTheGuideFindsItsHeading()
    {
        var anchors = HeadingAnchors();
        var fragments = LinkTargets().Where(l => l.StartsWith('#')).Select(l => l[1..]).ToList();
        Assert.NotEmpty(fragments);
        Assert.All(fragments, f => Assert.True(anchors.Contains(f), $"no heading in docs/editing.md has the anchor '#{f}'"));
    }

    [Fact]
    public void MentionsTheExactPreviewCommandAndAddress()
    {
        Assert.Contains("dotnet run --project src/Briefing.Cli -c Release -- preview", Guide.Value, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/", Guide.Value, StringComparison.Ordinal);
        Assert.Contains("briefing validate --strict", Guide.Value, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> AllCodes() =>
        [.. typeof(DiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true, IsInitOnly: false } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)];

    /// <summary>The text from a code's heading to the next heading of the same or a higher level.</summary>
    private static string SectionOf(string code)
    {
        var start = Regex.Match(Guide.Value, $"^### {code}\\b.*$", RegexOptions.Multiline);
        Assert.True(start.Success, $"no section for {code}");
        var rest = Guide.Value[(start.Index + start.Length)..];
        var end = Regex.Match(rest, "^#{1,3} ", RegexOptions.Multiline);
        return end.Success ? rest[..end.Index] : rest;
    }

    private static string Help(params string[] command)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Run([.. command, "--help"], output, error);
        Assert.Equal(0, code);
        return output.ToString();
    }

    /// <summary>The names listed under "Commands:" in a help text, e.g. "build", "source".</summary>
    private static List<string> CommandsIn(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var at = Array.FindIndex(lines, l => l.Trim() == "Commands:");
        Assert.True(at >= 0, "the help lists no commands:\n" + help);
        return [.. lines.Skip(at + 1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Trim().Length > 0)
            .Select(l => l.Trim().Split(' ')[0])];
    }

    /// <summary>The target of every Markdown link outside code, e.g. "decisions.md" or "#dates".</summary>
    private static List<string> LinkTargets()
    {
        var text = FencedCode().Replace(Guide.Value, "");
        text = InlineCode().Replace(text, "");
        return [.. MarkdownLink().Matches(text).Select(m => m.Groups[1].Value)];
    }

    private static bool IsRelative(string target) =>
        !target.StartsWith('#')
        && !target.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
        && !target.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        && !UriScheme().IsMatch(target);

    /// <summary>The anchors GitHub gives the guide's headings: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static HashSet<string> HeadingAnchors()
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var text = FencedCode().Replace(Guide.Value, "");
        foreach (Match heading in Heading().Matches(text))
        {
            var title = WebUtility.HtmlDecode(heading.Groups[1].Value.Trim()).Replace("`", "", StringComparison.Ordinal);
            var slug = new StringBuilder();
            foreach (var c in title.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            var anchor = slug.ToString();
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    private static string FindRoot() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(ThisFile()) ?? "" }
            .Select(SolutionAbove)
            .FirstOrDefault(root => root is not null)
        ?? throw new InvalidOperationException("Briefing.sln not found above the test output, the working folder or the test sources");

    private static string? SolutionAbove(string start)
    {
        for (var dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    [GeneratedRegex(@"^### (BRF[0-9]{3})\b", RegexOptions.Multiline)]
    private static partial Regex CodeHeading();

    [GeneratedRegex(@"^[ \t]*(```|~~~).*?^[ \t]*\1[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex(@"^#{1,6} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
