using System.Text;
using System.Text.RegularExpressions;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Docs;

/// <summary>
/// Keeps docs/format.md, the editors' reference, complete and self-contained: every key the loader
/// accepts is described there, its internal links lead somewhere, the tool prints it, and nothing in
/// the repository sends a reader to a document outside it.
/// </summary>
public sealed partial class FormatReferenceTests
{
    private static readonly Lazy<string> Reference = new(() =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "format.md"), Encoding.UTF8).ReplaceLineEndings("\n"));

    public static TheoryData<string> LoaderKeys()
    {
        var keys = new TheoryData<string>();
        string[][] all =
        [
            Vocabulary.SiteKeys, Vocabulary.SourceKeys, Vocabulary.ClaimKeys, Vocabulary.FigureKeys, Vocabulary.EvidenceKeys, Vocabulary.OutcomeKeys,
            Vocabulary.EventKeys, Vocabulary.EntityKeys, Vocabulary.MeasureKeys, Vocabulary.TopicKeys, Vocabulary.PageKeys,
        ];
        foreach (var key in all.SelectMany(k => k).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(LoaderKeys))]
    public void EveryKeyTheLoaderAcceptsHasARow(string key)
    {
        Assert.True(
            Regex.IsMatch(Reference.Value, $@"^\| `{Regex.Escape(key)}` \|", RegexOptions.Multiline),
            $"docs/format.md has no table row for the key '{key}'; describe it in the table of its file kind");
    }

    [Fact]
    public void EveryInternalLinkFindsItsHeading()
    {
        var anchors = HeadingRegex().Matches(Reference.Value).Select(m => Anchor(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var links = LinkRegex().Matches(Reference.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.True(links.Count >= 10, "the contents list and cross-links were not found");
        Assert.All(links, link => Assert.Contains(link, anchors));
    }

    [Fact]
    public void TheToolPrintsTheReference()
    {
        var run = CliRun.Of("docs", "format");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Reference.Value, run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void NothingPointsToTheContractOutsideTheRepository()
    {
        string[] outside = ["content-format.md", "cli-and-site.md", "shared/docs", "steering repository"];
        var offenders = TrackedTextFiles()
            .SelectMany(f => outside.Where(o => File.ReadAllText(f).Contains(o, StringComparison.OrdinalIgnoreCase)).Select(o => $"{Path.GetRelativePath(RepoPaths.Root, f)}: {o}"))
            .ToList();
        Assert.Empty(offenders);
    }

    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens; &lt; and &gt; lose their letters too.
    private static string Anchor(string heading)
    {
        var text = heading.Replace("&lt;", "", StringComparison.Ordinal).Replace("&gt;", "", StringComparison.Ordinal).ToLowerInvariant();
        return new string([.. text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')]).Replace(' ', '-');
    }

    private static IEnumerable<string> TrackedTextFiles()
    {
        string[] folders = ["src", "docs", "schemas", "theme", "tests", "scripts", ".github", ".vscode"];
        string[] skipped = ["bin", "obj", "node_modules", "snapshots", "fixtures"];
        var files = folders.Select(f => Path.Combine(RepoPaths.Root, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => !Path.GetRelativePath(RepoPaths.Root, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Where(f => Path.GetExtension(f) is ".cs" or ".md" or ".json" or ".yml" or ".sbn" or ".sh" or ".toml" or ".csproj")
            .Where(f => !f.EndsWith(nameof(FormatReferenceTests) + ".cs", StringComparison.Ordinal));
        return files.Concat([Path.Combine(RepoPaths.Root, "README.md"), Path.Combine(RepoPaths.Root, "netlify.toml")]);
    }

    [GeneratedRegex(@"^#{2,4} (.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"\]\(#([^)]+)\)")]
    private static partial Regex LinkRegex();
}
