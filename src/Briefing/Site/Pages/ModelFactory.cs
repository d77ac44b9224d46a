using System.Globalization;
using Briefing.Checking;
using Briefing.Dates;
using Briefing.Model;
using Briefing.Site.Data;
using Briefing.Site.Models;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>
/// Builds the view-model pieces that many pages share (a claim as listed, a source as listed,
/// an event), caching each so that a claim listed on ten pages is rendered once.
/// </summary>
public sealed class ModelFactory(SiteData data, SiteUrls urls, MarkdownRenderer markdown)
{
    private readonly Dictionary<string, ClaimRefModel> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceRefModel> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventModel> _events = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The relations of the briefing.</summary>
    public SiteData Data => data;

    /// <summary>The site's URLs.</summary>
    public SiteUrls Urls => urls;

    /// <summary>The Markdown renderer.</summary>
    public MarkdownRenderer Markdown => markdown;

    /// <summary>A claim as listed elsewhere.</summary>
    public ClaimRefModel Claim(Claim claim) => Cached(_claims, claim.Id, () => BuildClaim(claim));

    /// <summary>A source as listed elsewhere.</summary>
    public SourceRefModel Source(Source source) => Cached(_sources, source.Id, () => new SourceRefModel(
        source.Id,
        urls.LinkTo("source", source.Id),
        source.Title,
        source.Publisher,
        source.Published.Describe(),
        source.Published.MachineReadable,
        Grade(source.Reliability),
        data.ClaimsBySource[source.Id].Count())
    {
        ShortTitle = ShortName(source),
    });

    /// <summary>An event with its claims and places.</summary>
    public EventModel Event(ChronologyEvent e) => Cached(_events, e.Id, () => new EventModel(
        e.Id,
        SiteUrls.EventAnchor(e.Id),
        urls.LinkTo("event", e.Id),
        e.Date.Describe(),
        e.Date.MachineReadable,
        markdown.Render(e.Title),
        MarkdownRenderer.PlainText(e.Title),
        markdown.Render(e.Summary),
        [.. e.Claims.Select(r => data.Briefing.Index.Claims[r.Id]).Select(Claim)],
        [.. e.Places.Select(r => EntityLink(r.Id))]));

    /// <summary>A link to an entity's page, named by the entity.</summary>
    public LinkModel EntityLink(string id) => new(urls.LinkTo("entity", id), data.Briefing.Index.Entities[id].Name);

    /// <summary>A link to a topic's page, named by its title.</summary>
    public LinkModel TopicLink(string id) => new(urls.LinkTo("topic", id), data.Briefing.Index.Topics[id].Title);

    /// <summary>A reliability grade in code and words.</summary>
    public static GradeModel Grade(Reliability r) => new(r.ToString(), Words.Reliability(r));

    /// <summary>A credibility grade in code and words.</summary>
    public static GradeModel Grade(Credibility c) => new(((int)c).ToString(CultureInfo.InvariantCulture), Words.Credibility(c));

    /// <summary>The period a set of dates covers, e.g. "August 2024 – October 2025".</summary>
    public static string Period(IEnumerable<EdtfDate> dates)
    {
        var list = dates.ToList();
        if (list.Count == 0)
        {
            return "";
        }

        var first = list.Min()!;
        var last = list.MaxBy(d => d.Latest)!;
        return first == last ? first.Describe() : $"{first.Describe()} – {last.Describe()}";
    }

    private ClaimRefModel BuildClaim(Claim claim)
    {
        var index = data.Briefing.Index;
        var support = Claimants.Support(index, claim);
        var contradicting = DistinctSources(claim, Stance.Contradicts);
        var claimant = claim.AttributedTo.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList() is [var only] ? EntityLink(only) : null;
        return new ClaimRefModel(
            claim.Id,
            urls.LinkTo("claim", claim.Id),
            markdown.Render(claim.Statement),
            MarkdownRenderer.PlainText(claim.Statement),
            Grade(claim.Credibility),
            support.SourceCount,
            contradicting,
            [.. SourceMentions(claim)],
            string.Join(' ', claim.Topics.Select(t => t.Id).Distinct(StringComparer.Ordinal)))
        {
            Claimant = claimant,
            IndependentSupporting = support.IndependentCount,
            SupportText = SupportWords.Brief(support),
            AgainstText = SupportWords.DescribeAgainst(contradicting),
            Kind = ClaimLead.KindKey(claim.Kind),
            KindLabel = ClaimLead.KindLabel(claim.Kind),
            Lead = ClaimLead.Describe(index, claim),
            Attribution = ClaimLead.Attribution(index, claim),
            Outcome = claim.IsForecast && claim.Outcome is { } o ? Words.Outcome(o.Status) : null,
        };
    }

    /// <summary>Each source once, in evidence order, with every stance it takes ("supports, contradicts"), never only the last.</summary>
    private IEnumerable<SourceMentionModel> SourceMentions(Claim claim) =>
        claim.Evidence.GroupBy(e => e.Source.Id, StringComparer.Ordinal).Select(g =>
        {
            var source = data.Briefing.Index.Sources[g.Key];
            var stances = g.Select(e => e.Stance).Distinct().Order().ToList();
            var labels = string.Join(", ", stances.Select(st => Words.Stance(st).Label));
            return new SourceMentionModel(urls.LinkTo("source", source.Id), ShortName(source), source.Title,
                stances.Count == 1 ? Words.Stance(stances[0]).Key : "mixed", labels);
        });

    /// <summary>What a card calls a source: its short title, else its title cut at a word.</summary>
    public static string ShortName(Source source) =>
        source.ShortTitle ?? PageMetaFactory.Shorten(source.Title, ShortNameLength);

    /// <summary>About half a phone's line, so that two or three sources fit a line of a card.</summary>
    private const int ShortNameLength = 44;

    /// <summary>How many different sources bear on a claim with a stance.</summary>
    public static int DistinctSources(Claim claim, Stance stance) =>
        claim.Evidence.Where(e => e.Stance == stance).Select(e => e.Source.Id).Distinct(StringComparer.Ordinal).Count();

    private T Cached<T>(Dictionary<string, T> cache, string id, Func<T> build)
    {
        lock (_gate)
        {
            if (cache.TryGetValue(id, out var hit))
            {
                return hit;
            }
        }

        var made = build();
        lock (_gate)
        {
            cache.TryAdd(id, made);
            return cache[id];
        }
    }
}
