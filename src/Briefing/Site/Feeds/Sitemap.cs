using System.Text;
using System.Xml;
using Briefing.Site.Output;

namespace Briefing.Site.Feeds;

/// <summary>
/// sitemap.xml and robots.txt. No dates, so two builds of the same input are identical. The protocol
/// allows 50,000 URLs in one sitemap: a larger site gets sitemap.xml as an index of
/// sitemaps/sitemap-N.xml files of at most that many URLs each, so robots.txt names one file either way.
/// </summary>
internal static class Sitemap
{
    /// <summary>The most URLs the sitemap protocol allows in one file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEnumerable<SiteFile> Build(IEnumerable<string> absoluteUrls, Func<string, string> absolute, int perFile = MaxUrlsPerFile)
    {
        var urls = absoluteUrls.Order(StringComparer.Ordinal).ToList();
        if (urls.Count <= perFile)
        {
            yield return Xml("sitemap.xml", "urlset", "url", urls);
            yield break;
        }

        var parts = new List<string>();
        for (var first = 0; first < urls.Count; first += perFile)
        {
            var path = $"sitemaps/sitemap-{first / perFile + 1}.xml";
            parts.Add(absolute(path));
            yield return Xml(path, "urlset", "url", urls.GetRange(first, Math.Min(perFile, urls.Count - first)));
        }

        yield return Xml("sitemap.xml", "sitemapindex", "sitemap", parts);
    }

    private static SiteFile Xml(string path, string root, string item, IEnumerable<string> locations)
    {
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement(root, Namespace);
            foreach (var url in locations)
            {
                xml.WriteStartElement(item);
                xml.WriteElementString("loc", url);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return SiteFile.Text(path, sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }

    public static SiteFile Robots(string sitemapUrl) =>
        SiteFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n");
}
