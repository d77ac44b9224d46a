using System.Text;
using System.Xml.Linq;
using Briefing.Site.Feeds;

namespace Briefing.Tests.Scale;

/// <summary>The sitemap protocol: at most 50,000 URLs a file, and an index of sitemaps beyond that.</summary>
public sealed class SitemapIndexTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void ASiteWithinTheLimitHasOneSitemap()
    {
        var file = Assert.Single(Sitemap.Build(Urls(3), p => "https://example.org/" + p, perFile: 3));

        Assert.Equal("sitemap.xml", file.Path);
        Assert.Equal(3, Locations(file.Bytes, "url").Count);
    }

    [Fact]
    public void ALargerSiteGetsAnIndexOfSitemapsThatTogetherHoldEveryUrlOnce()
    {
        var files = Sitemap.Build(Urls(7), p => "https://example.org/" + p, perFile: 3).ToDictionary(f => f.Path);

        var index = Locations(files["sitemap.xml"].Bytes, "sitemap");
        Assert.Equal(["https://example.org/sitemaps/sitemap-1.xml", "https://example.org/sitemaps/sitemap-2.xml", "https://example.org/sitemaps/sitemap-3.xml"], index);
        var parts = Enumerable.Range(1, 3).Select(n => Locations(files[$"sitemaps/sitemap-{n}.xml"].Bytes, "url")).ToList();
        Assert.All(parts, p => Assert.InRange(p.Count, 1, 3));
        Assert.Equal(Urls(7).Order(StringComparer.Ordinal), parts.SelectMany(p => p));
    }

    [Fact]
    public void TheProtocolsLimitIsTheDefault() => Assert.Equal(50_000, Sitemap.MaxUrlsPerFile);

    private static List<string> Urls(int count) => [.. Enumerable.Range(1, count).Select(i => $"https://example.org/claims/c{i}/")];

    private static List<string> Locations(byte[] xml, string item) =>
        [.. XDocument.Parse(Encoding.UTF8.GetString(xml)).Root!.Elements(Ns + item).Select(e => e.Element(Ns + "loc")!.Value)];
}
