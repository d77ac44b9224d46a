using System.Text;
using System.Xml;
using Briefing.Site.Output;

namespace Briefing.Site.Feeds;

/// <summary>sitemap.xml and robots.txt. No dates, so two builds of the same input are identical.</summary>
internal static class Sitemap
{
    public static SiteFile Build(IEnumerable<string> absoluteUrls)
    {
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in absoluteUrls.Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", url);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return SiteFile.Text("sitemap.xml", sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }

    public static SiteFile Robots(string sitemapUrl) =>
        SiteFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n");
}
