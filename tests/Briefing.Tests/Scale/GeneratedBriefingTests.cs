using Briefing.Generator;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scale;

/// <summary>
/// The benchmark's briefing generator: what it writes is a valid briefing of the seed's shape that
/// builds, and the same options always give the same bytes.
/// </summary>
public sealed class GeneratedBriefingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefing-tests", "generated-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SmallGeneratedBriefingValidatesStrictlyAndBuildsEveryPage()
    {
        var shape = BriefingGenerator.Write(_root, new GeneratorOptions(20, Seed: 7));

        var validate = CliRun.Of("validate", "--root", _root, "--strict");
        Assert.True(validate.ExitCode == 0, validate.Error);
        Assert.Contains("0 errors, 0 warnings", validate.Error + validate.Output, StringComparison.Ordinal);

        var output = Path.Combine(_root, "output");
        var build = CliRun.Of("build", "--root", _root, "--output", output, "--theme", Path.Combine(RepoPaths.Root, "theme"));
        Assert.True(build.ExitCode == 0, build.Error);
        var claimPages = Directory.GetDirectories(Path.Combine(output, "claims"));
        var sourcePages = Directory.GetDirectories(Path.Combine(output, "sources"));
        Assert.Equal(shape.Claims, claimPages.Length);
        Assert.Equal(shape.Sources, sourcePages.Length);

        // The chronology is split over input/events.yml and input/events/*.yml; every event reaches the site.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_root, "input", "events"), "*.yml"));
        var chronology = File.ReadAllText(Path.Combine(output, "chronology", "index.html"));
        Assert.Contains("event-00001-1", chronology, StringComparison.Ordinal);
        Assert.Contains("event-00020-2", chronology, StringComparison.Ordinal);
    }

    [Fact]
    public void TheClaimsListIsNotCutShortPastTheTemplateEnginesOutputLimit()
    {
        // 1,500 claims make /claims/ longer than Scriban's default 1 MiB output limit.
        var shape = BriefingGenerator.Write(_root, new GeneratorOptions(150, Seed: 3));
        var output = Path.Combine(_root, "output");
        var build = CliRun.Of("build", "--root", _root, "--output", output, "--theme", Path.Combine(RepoPaths.Root, "theme"));
        Assert.True(build.ExitCode == 0, build.Error);

        var html = File.ReadAllText(Path.Combine(output, "claims", "index.html"));
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        var linked = System.Text.RegularExpressions.Regex.Matches(html, "href=\"/claims/([a-z0-9-]+)/\"")
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(shape.Claims, linked);
        Assert.True(html.Length > 1_048_576, $"/claims/ is {html.Length} characters: the test no longer passes the limit");
    }

    [Fact]
    public void SameSeedGivesSameBytesAndAnotherSeedDoesNot()
    {
        var first = Generate("a", 1);
        var again = Generate("b", 1);
        var other = Generate("c", 2);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void ShapeFollowsTheSeedBriefing()
    {
        var shape = BriefingGenerator.Write(_root, new GeneratorOptions(400));

        var claimFiles = Directory.GetFiles(Path.Combine(_root, "input", "claims"));
        var claims = claimFiles.Sum(f => File.ReadLines(f).Count(l => l.StartsWith("- id: ", StringComparison.Ordinal)));
        var quotes = claimFiles.Sum(f => File.ReadLines(f).Count(l => l.TrimStart().StartsWith("quote: ", StringComparison.Ordinal)));
        Assert.Equal(4000, claims);
        Assert.Equal(claims, shape.Claims);
        Assert.InRange(quotes / (double)claims, 1.6, 1.8);
        Assert.Equal(400, Directory.GetFiles(Path.Combine(_root, "input", "sources")).Length);
        Assert.Equal(shape.Topics, Directory.GetFiles(Path.Combine(_root, "input", "topics")).Length);
        Assert.Equal((20, 800), (shape.Topics, shape.Events));
    }

    private Dictionary<string, string> Generate(string folder, ulong seed)
    {
        var root = Path.Combine(_root, folder);
        BriefingGenerator.Write(root, new GeneratorOptions(12, seed));
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
