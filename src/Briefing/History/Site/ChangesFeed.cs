using System.Text;
using System.Xml;
using Briefing.Site.Data;
using Briefing.Site.Feeds;
using Briefing.Site.Output;
using Briefing.Site.Urls;

namespace Briefing.History.Site;

/// <summary>
/// /changes.xml: an Atom feed of the latest changes to claims, newest first, one entry per claim per
/// commit. Every date is a commit's, never the clock's, so one commit always gives the same feed.
/// </summary>
public static class ChangesFeed
{
    /// <summary>How many entries the feed carries.</summary>
    public const int MaxEntries = 50;

    /// <summary>The feed file.</summary>
    public static SiteFile Build(SiteData data, SiteUrls urls)
    {
        var site = data.Briefing.Content.Site;
        var (latest, _) = ItemHistories.LatestClaimChanges(data, MaxEntries);
        var page = urls.Absolute("changes/");
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("title", $"{site.Title}: changes to claims");
            xml.WriteElementString("id", urls.Absolute("changes.xml"));
            AtomFeed.Link(xml, urls.Absolute("changes.xml"), "self");
            AtomFeed.Link(xml, page, "alternate");
            xml.WriteElementString("updated", latest.Count > 0 ? latest[0].Commit.Date : "1970-01-01T00:00:00Z");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Title);
            xml.WriteEndElement();
            foreach (var d in latest)
            {
                Entry(xml, data, urls, page, d);
            }

            xml.WriteEndElement();
        }

        return SiteFile.Text("changes.xml", sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n");
    }

    private static void Entry(XmlWriter xml, SiteData data, SiteUrls urls, string page, ItemHistories.Described d)
    {
        var (title, url) = ChangesPage.Claim(data, urls, d.Change.Key.Id);
        xml.WriteStartElement("entry");
        xml.WriteElementString("title", title);
        xml.WriteElementString("id", $"{page}#{d.Commit.Id}-{d.Change.Key.Id}");
        AtomFeed.Link(xml, url is null ? page + "#" + ChangesPage.Anchor(d.Commit) : urls.Absolute(SiteUrls.PathOf("claim", d.Change.Key.Id)), "alternate");
        xml.WriteElementString("updated", d.Commit.Date);
        xml.WriteStartElement("summary");
        xml.WriteAttributeString("type", "text");
        xml.WriteString($"{ChangeWords.Day(d.Commit.Day)}: {d.Text} (commit {d.Commit.ShortId}: {d.Commit.Subject})");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
