using Briefing.Checking;
using Briefing.Dates;
using Briefing.History;
using Briefing.Model;

namespace Briefing.Site.Data;

/// <summary>
/// The relations between things that pages need, computed once from a checked briefing:
/// which claims belong to a topic, cite a source, concern an entity; which events rest on a claim.
/// Every list is in a fixed order, so pages come out the same on every build.
/// </summary>
public sealed class SiteData
{
    /// <summary>Computes the relations of <paramref name="briefing"/>.</summary>
    public SiteData(CheckedBriefing briefing)
    {
        Briefing = briefing;
        var c = briefing.Content;
        Claims = [.. c.Claims.OrderBy(x => x.Credibility).ThenBy(x => x.Id, StringComparer.Ordinal)];
        Events = [.. c.Events.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)];
        Sources = [.. c.Sources.OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)];
        Topics = [.. c.Topics.OrderBy(t => t.Order ?? int.MaxValue).ThenBy(t => t.Title, StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal)];
        Entities = [.. c.Entities.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];
        Measures = [.. c.Measures.OrderBy(m => m.Label, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)];
        Pages = [.. c.Pages.OrderBy(p => p.Id, StringComparer.Ordinal)];
        ClaimsByTopic = Group(Claims, cl => cl.Topics.Select(t => t.Id));
        ClaimsBySource = Group(Claims, cl => cl.Evidence.Select(e => e.Source.Id));
        ClaimsAbout = Group(Claims, cl => cl.Entities.Select(e => e.Id));
        ClaimsAssertedBy = Group(Claims, cl => cl.AttributedTo.Select(e => e.Id));
        EventsByClaim = Group(Events, e => e.Claims.Select(x => x.Id));
        EventsByPlace = Group(Events, e => e.Places.Select(x => x.Id));
        EventsByTopic = Group(Events, e => e.Topics.Select(x => x.Id).Concat(e.Claims.SelectMany(x => TopicsOf(briefing.Index, x.Id))));
        FiguresByMeasure = Group(Claims.Where(cl => cl.Figure is not null), cl => [cl.Figure!.Measure.Id]);
    }

    /// <summary>The briefing's history from git (empty, with the reason, when none could be read).</summary>
    public BriefingHistory History { get; init; } = BriefingHistory.Unavailable(HistoryStatus.TurnedOff);

    /// <summary>The checked briefing.</summary>
    public CheckedBriefing Briefing { get; }

    /// <summary>Claims, most credible first, then by id.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Events in date order.</summary>
    public IReadOnlyList<ChronologyEvent> Events { get; }

    /// <summary>Sources by publication date.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Topics by their <c>order</c>, then title.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Entities by name.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Measures by label.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>Free pages by id.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Claims by topic id.</summary>
    public ILookup<string, Claim> ClaimsByTopic { get; }

    /// <summary>Claims by the id of a source they cite.</summary>
    public ILookup<string, Claim> ClaimsBySource { get; }

    /// <summary>Claims by the id of an entity they are about.</summary>
    public ILookup<string, Claim> ClaimsAbout { get; }

    /// <summary>Claims by the id of an entity that asserts them.</summary>
    public ILookup<string, Claim> ClaimsAssertedBy { get; }

    /// <summary>Events by the id of a claim that backs them.</summary>
    public ILookup<string, ChronologyEvent> EventsByClaim { get; }

    /// <summary>Events by the id of a place.</summary>
    public ILookup<string, ChronologyEvent> EventsByPlace { get; }

    /// <summary>Events by topic: listed under it, or backed by a claim of it.</summary>
    public ILookup<string, ChronologyEvent> EventsByTopic { get; }

    /// <summary>Claims with a figure, by measure id.</summary>
    public ILookup<string, Claim> FiguresByMeasure { get; }

    /// <summary>
    /// The date a figure is for: its own, or the publication date of its first evidence's source
    /// (a validated claim always has evidence from a known source).
    /// </summary>
    public EdtfDate FigureDate(Claim claim) =>
        claim.Figure?.AsOf ?? Briefing.Index.Sources[claim.Evidence[0].Source.Id].Published;

    private static IEnumerable<string> TopicsOf(BriefingIndex index, string claimId) =>
        index.Claims.TryGetValue(claimId, out var claim) ? claim.Topics.Select(t => t.Id) : [];

    // Each item once per key, keeping the items' order.
    private static ILookup<string, T> Group<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys) =>
        items.SelectMany(i => keys(i).Distinct(StringComparer.Ordinal).Select(k => (Key: k, Item: i)))
            .ToLookup(p => p.Key, p => p.Item, StringComparer.Ordinal);
}
