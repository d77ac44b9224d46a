using System.Globalization;
using System.Text;
using System.Xml;
using Briefing.Dates;
using Briefing.Site.Data;
using Briefing.Site.Output;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Site.Feeds;

/// <summary>
/// The Atom feed of sources and events, newest first. Dates come from the content, never from the
/// clock, so two builds of the same input write the same feed. It carries the latest entries only:
/// a feed reader wants what is new, and the whole briefing is in the open data.
/// </summary>
internal static class AtomFeed
{
    /// <summary>The most entries the feed carries.</summary>
    public const int MaxEntries = 100;

    private sealed record Entry(string Id, string Title, string Url, EdtfDate Date, string Summary, string Category);

    public static SiteFile Build(SiteData data, SiteUrls urls, string updated)
    {
        var site = data.Briefing.Content.Site;
        var entries = data.Sources.Select(s => new Entry("source:" + s.Id, s.Title, urls.Absolute(SiteUrls.PathOf("source", s.Id)), s.Published,
                $"Source published {s.Published.Describe()}{(s.Publisher is null ? "" : " by " + s.Publisher)}.", "source"))
            .Concat(data.Events.Select(e => new Entry("event:" + e.Id, MarkdownRenderer.PlainText(e.Title), urls.Absolute(urls.PathTo("event", e.Id)), e.Date,
                $"{e.Date.Describe()}: {MarkdownRenderer.PlainText(e.Summary ?? e.Title)}", "event")))
            .OrderByDescending(e => e.Date.Latest).ThenByDescending(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToList();

        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("title", site.Title);
            if (site.Tagline is { } tagline)
            {
                xml.WriteElementString("subtitle", tagline);
            }

            xml.WriteElementString("id", urls.Absolute(""));
            Link(xml, urls.Absolute("feed.xml"), "self");
            Link(xml, urls.Absolute(""), "alternate");
            xml.WriteElementString("updated", updated);
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Title);
            xml.WriteEndElement();
            foreach (var e in entries)
            {
                WriteEntry(xml, e, urls);
            }

            xml.WriteEndElement();
        }

        return SiteFile.Text("feed.xml", sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }

    private static void WriteEntry(XmlWriter xml, Entry e, SiteUrls urls)
    {
        xml.WriteStartElement("entry");
        xml.WriteElementString("title", e.Title);
        xml.WriteElementString("id", $"{urls.Absolute("")}#{e.Id}");
        Link(xml, e.Url, "alternate");

        // Atom wants an instant; a date known only to the month or year is stamped at its last possible day.
        xml.WriteElementString("updated", Stamp(e.Date.Latest));
        xml.WriteStartElement("category");
        xml.WriteAttributeString("term", e.Category);
        xml.WriteEndElement();
        xml.WriteStartElement("summary");
        xml.WriteAttributeString("type", "text");
        xml.WriteString(e.Summary);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Writes an Atom link; the changes feed writes its links the same way.</summary>
    internal static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
