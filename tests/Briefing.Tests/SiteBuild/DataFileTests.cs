using System.Text.Json;
using System.Xml.Linq;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.SiteBuild;

/// <summary>The feed, sitemap and open data say what the content says, in well-formed files.</summary>
[Collection(SeedSitesGroup.Name)]
public sealed class DataFileTests(SeedSites sites)
{
    private static readonly Briefing.Model.BriefingContent Content = BriefingValidator.Validate(RepoPaths.Root).Briefing.Content;

    [Fact]
    public void BriefingJsonHoldsEveryClaimWithAbsoluteLinks()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sites.UnderPath.Output, "data", "briefing.json")));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("format_version").GetInt32());
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(Content.Claims.Count, claims.Count);
        Assert.All(claims, c => Assert.StartsWith("https://host.example/briefing/claims/", c.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.All(root.GetProperty("sources").EnumerateArray(), s => Assert.Contains(s.GetProperty("kind").GetString() ?? "news-report", (string[])["news-report", "official-statement", "social-media", "analysis", "interview"]));
        Assert.All(root.GetProperty("entities").EnumerateArray(), e =>
            Assert.Contains(e.GetProperty("kind").GetString(), (string[])["person", "organization", "military-unit", "place", "country"]));
    }

    [Fact]
    public void ClaimsCsvHasOneRowPerPieceOfEvidence()
    {
        var lines = File.ReadAllText(Path.Combine(sites.AtRoot.Output, "data", "claims.csv")).TrimEnd('\n').Split('\n');
        Assert.StartsWith("claim_id,claim_url,statement,", lines[0], StringComparison.Ordinal);
        Assert.Equal(Content.Claims.Sum(c => c.Evidence.Count), lines.Length - 1);
    }

    [Fact]
    public void FeedIsAtomNewestFirstAndSitemapListsEveryIndexablePage()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(sites.AtRoot.Output, "feed.xml"));
        var updated = feed.Root!.Elements(atom + "entry").Select(e => (string)e.Element(atom + "updated")!).ToList();
        Assert.Equal(Content.Sources.Count + Content.Events.Count, updated.Count);
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Load(Path.Combine(sites.AtRoot.Output, "sitemap.xml")).Root!.Elements(sm + "url").Select(u => (string)u.Element(sm + "loc")!).ToList();
        Assert.Equal(sites.AtRoot.HtmlFiles.Count - 1, urls.Count);
        Assert.DoesNotContain(urls, u => u.Contains("404", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://briefing.example.org/sitemap.xml", File.ReadAllText(Path.Combine(sites.AtRoot.Output, "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimReviewLeavesOutWhatIsUnknownInsteadOfWritingNull()
    {
        var pages = Directory.GetDirectories(Path.Combine(sites.AtRoot.Output, "claims"));
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(Path.Combine(page, "index.html"));
            var start = html.IndexOf("application/ld+json\">", StringComparison.Ordinal);
            var json = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
            Assert.DoesNotContain(":null", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AssetNamesCarryAHashOfTheirContent()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(sites.AtRoot.Output, "assets")))
        {
            Assert.Matches(@"^[a-z-]+\.[0-9a-f]{10}\.(css|js|svg)$", Path.GetFileName(file));
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))[..10];
            Assert.Contains(hash, Path.GetFileName(file), StringComparison.Ordinal);
        }
    }
}
