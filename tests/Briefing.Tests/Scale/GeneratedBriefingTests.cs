using Briefing.Generator;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scale;

/// <summary>
/// The benchmark's briefing generator: what it writes is a valid briefing of the seed's shape that
/// builds, and the same options always give the same bytes.
/// </summary>
public sealed class GeneratedBriefingTests : IDisposable
{
    private static readonly string[] ClaimsIndexPages = ["claims/index.html", "claims/page/2/index.html"];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefing-tests", "generated-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SmallGeneratedBriefingValidatesStrictlyAndBuildsEveryPage()
    {
        var shape = BriefingGenerator.Write(_root, new GeneratorOptions(40, Seed: 7));

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
        Assert.Contains("event-00040-2", chronology, StringComparison.Ordinal);

        // 40 sources and 80 events: the feed carries the latest 100, the newest first.
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(output, "feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var updated = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "updated")!.Value).ToList();
        Assert.Equal(100, updated.Count);
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
        Assert.Equal(feed.Root.Element(atom + "updated")!.Value, updated[0]);
    }

    // Sizes and seeds that, before forecasts were kept at grade 2 or lower, each drew a forecast graded 1
    // with an open outcome (BRF112), and the smallest size the benchmark uses.
    [Theory]
    [InlineData(10, 1UL)]
    [InlineData(20, 4UL)]
    [InlineData(60, 3UL)]
    [InlineData(100, 4UL)]
    public void GeneratedBriefingValidatesStrictlyWithoutAnyWarning(int sources, ulong seed)
    {
        BriefingGenerator.Write(_root, new GeneratorOptions(sources, seed));

        var validate = CliRun.Of("validate", "--root", _root, "--strict");

        Assert.False(validate.Error.Contains(" BRF", StringComparison.Ordinal), validate.Error);
        Assert.Contains("0 errors, 0 warnings", validate.Error + validate.Output, StringComparison.Ordinal);
        Assert.Equal(0, validate.ExitCode);
    }

    [Fact]
    public void TheClaimsListIsSplitOverPagesThatTogetherListEveryClaimWhole()
    {
        // 1,500 claims: more than one page of 1,000, and more than Scriban's default 1 MiB of output
        // would have held on one page.
        var shape = BriefingGenerator.Write(_root, new GeneratorOptions(150, Seed: 3));
        var output = Path.Combine(_root, "output");
        var build = CliRun.Of("build", "--root", _root, "--output", output, "--theme", Path.Combine(RepoPaths.Root, "theme"));
        Assert.True(build.ExitCode == 0, build.Error);

        var pages = ClaimsIndexPages.Select(p => File.ReadAllText(Path.Combine(output, p))).ToList();
        Assert.All(pages, html => Assert.EndsWith("</html>\n", html, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(output, "claims", "page", "3", "index.html")));
        var listed = pages.SelectMany(html => System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"claim-statement\">(?:<span class=\"kind [a-z-]+\">[A-Za-z]+</span> )?<a href=\"/claims/([a-z0-9-]+)/\""))
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(shape.Claims, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("href=\"/claims/page/2/\"", pages[0], StringComparison.Ordinal);
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
