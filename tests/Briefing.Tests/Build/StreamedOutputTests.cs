using System.Text.RegularExpressions;
using Briefing.Build;
using Briefing.Build.Stages;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Generator;
using Briefing.Loading;
using Briefing.Safety;
using Briefing.Site.Theme.Files;
using Briefing.Tests.SiteBuild;
using Briefing.Tests.Support;

namespace Briefing.Tests.Build;

/// <summary>
/// The streamed build writes only what changed: a rebuild after an edit writes exactly the files whose
/// bytes differ, leaves the others as they were, and gives the same site as a clean build.
/// </summary>
public sealed partial class StreamedOutputTests : IDisposable
{
    private readonly TempFolder _work = TempFolder.Create();

    [Fact]
    public void ARebuildWritesExactlyTheFilesThatChangedAndEqualsACleanBuild()
    {
        var root = Path.Combine(_work.Path, "briefing");
        BriefingGenerator.Write(root, new GeneratorOptions(30, Seed: 5));
        var output = Path.Combine(_work.Path, "site");
        Build(root, output);
        Build(root, output); // The second build fills the spare folder; from now on rebuilds cost what changed.
        var before = OutputTests.Digest(output);

        // A file's time comes from a coarser clock than DateTime.UtcNow and may read a few milliseconds early;
        // the pause keeps the files of the builds before well apart from that slack.
        Thread.Sleep(200);
        var started = DateTime.UtcNow.AddMilliseconds(-50);
        var claims = Path.Combine(root, "input", "claims", "part-0001.yml");
        File.WriteAllText(claims, StatementLine().Replace(File.ReadAllText(claims), "$1 (edited)\"", 1));
        var (files, unchanged) = Build(root, output);
        var after = OutputTests.Digest(output);

        var changed = after.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).ToList();
        Assert.InRange(changed.Count, 2, files / 10);
        Assert.Equal(files - changed.Count, unchanged);
        foreach (var (path, _) in after)
        {
            var written = File.GetLastWriteTimeUtc(Path.Combine(output, path)) >= started;
            Assert.True(written == changed.Contains(path), $"{path}: {(written ? "rewritten" : "not rewritten")}");
        }

        var clean = Path.Combine(_work.Path, "clean");
        Build(root, clean);
        Assert.Equal(OutputTests.Digest(clean), after);
    }

    [Fact]
    public void AFileTheNewSiteLacksIsGoneAfterTheRebuild()
    {
        var root = Path.Combine(_work.Path, "briefing");
        BriefingGenerator.Write(root, new GeneratorOptions(12, Seed: 2));
        var output = Path.Combine(_work.Path, "site");
        Build(root, output);
        Build(root, output);
        var topic = Directory.GetFiles(Path.Combine(root, "input", "topics"))[0];
        var page = Path.Combine(output, "topics", Path.GetFileNameWithoutExtension(topic), "index.html");
        Assert.True(File.Exists(page));

        // Nothing may link to a deleted topic; the generated claims do, so the topic is renamed instead.
        File.Move(topic, Path.Combine(Path.GetDirectoryName(topic)!, "renamed.md"));
        foreach (var file in Directory.GetFiles(Path.Combine(root, "input"), "*.yml", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace(Path.GetFileNameWithoutExtension(topic), "renamed", StringComparison.Ordinal));
        }

        Build(root, output);
        Assert.False(File.Exists(page));
        Assert.True(File.Exists(Path.Combine(output, "topics", "renamed", "index.html")));
        var clean = Path.Combine(_work.Path, "clean");
        Build(root, clean);
        Assert.Equal(OutputTests.Digest(clean), OutputTests.Digest(output));
    }

    [Fact]
    public void TheExpectedPageCountIsTheNumberOfPagesBuiltAndNoPagePassesTwoMegabytes()
    {
        // 260 sources: 2,600 claims over three pages of the index, 520 events split by month.
        var root = Path.Combine(_work.Path, "briefing");
        BriefingGenerator.Write(root, new GeneratorOptions(260, Seed: 4));
        foreach (var briefing in new[] { root, Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "fixtures", "seed-snapshot") })
        {
            var theme = Path.Combine(RepoPaths.Root, "theme");
            var diagnostics = new DiagnosticBag();
            var linked = LinkStage.Run(BriefingChecker.Check(briefing, BriefingLoader.Load(briefing, diagnostics), diagnostics), null);
            var options = BuildOptions.ForRoot(briefing) with { Output = Path.Combine(_work.Path, "site-" + Path.GetFileName(briefing)), Theme = theme, History = false };
            var expected = PageCounts.Expected(linked, ThemeFiles.Resolve(ThemeFolder.Of(options), diagnostics));

            var result = BuildPipeline.Run(options);

            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.Equal(expected, result.PagesWritten);
        }

        // The generated topics have about 130 claims from over 40 sources each: too many for the table.
        var output = Path.Combine(_work.Path, "site-briefing");
        Assert.All(Directory.GetFiles(output, "*.html", SearchOption.AllDirectories), page => Assert.InRange(new FileInfo(page).Length, 1, 2_000_000));
        var topics = Directory.GetFiles(Path.Combine(output, "topics"), "index.html", SearchOption.AllDirectories).Where(p => !p.EndsWith("topics/index.html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(topics);
        Assert.All(topics, page => Assert.Contains("The table of which source says what is left out", File.ReadAllText(page), StringComparison.Ordinal));
    }

    private static (int Files, int Unchanged) Build(string root, string output)
    {
        var run = CliRun.Of("build", "--root", root, "--output", output, "--theme", Path.Combine(RepoPaths.Root, "theme"));
        Assert.True(run.ExitCode == 0, run.Error);
        var counts = FileCounts().Match(run.Output);
        Assert.True(counts.Success, run.Output);
        return (int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\((\d+) files, (\d+) unchanged\)")]
    private static partial Regex FileCounts();

    [GeneratedRegex("^(  statement: \"[^\"]*)\"", RegexOptions.Multiline)]
    private static partial Regex StatementLine();

    public void Dispose() => _work.Dispose();
}
