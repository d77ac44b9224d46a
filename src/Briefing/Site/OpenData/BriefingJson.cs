using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Checking;
using Briefing.Dates;
using Briefing.History;
using Briefing.History.Site;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Site.Data;
using Briefing.Site.Output;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Site.OpenData;

/// <summary>
/// data/briefing.json: the whole briefing as data for other tools, with links resolved to absolute URLs.
/// Its schema is documented in docs/data-format.md; <see cref="FormatVersion"/> changes when it does.
/// </summary>
internal static class BriefingJson
{
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SiteFile Build(SiteData data, SiteUrls urls)
    {
        var c = data.Briefing.Content;
        var document = new
        {
            FormatVersion,
            Commit = HistoryJson.Commit(data),
            Site = new { c.Site.Title, c.Site.Tagline, BaseUrl = urls.BaseUrl.AbsoluteUri, c.Site.Language, c.Site.Description, KeyJudgments = c.Site.KeyJudgments?.Text },
            Sources = data.Sources.Select(s => new
            {
                s.Id, Url = urls.Absolute(SiteUrls.PathOf("source", s.Id)), s.Title, Published = Date(s.Published), s.Publisher, s.Author,
                OriginalUrl = s.Url?.AbsoluteUri, ArchivedUrl = s.Archived?.AbsoluteUri, Kind = s.Kind is { } k ? Vocabulary.WordFor(Vocabulary.SourceKinds, k) : null, Reliability = s.Reliability.ToString(),
                ReliabilityLabel = Words.Reliability(s.Reliability), Text = s.TextPath, Notes = s.Notes?.Text,
                History = HistoryJson.For(data, ItemKind.Source, s.Id),
            }),
            Claims = data.Claims.Select(cl => Claim(data, urls, cl)),
            Topics = data.Topics.Select(t => new { t.Id, Url = urls.Absolute(SiteUrls.PathOf("topic", t.Id)), t.Title, t.Summary, t.Order, Body = t.Body.Text }),
            Events = data.Events.Select(e => new
            {
                e.Id, Url = urls.Absolute(urls.PathTo("event", e.Id)), Date = Date(e.Date), Title = MarkdownRenderer.PlainText(e.Title),
                Claims = e.Claims.Select(x => x.Id), Topics = e.Topics.Select(x => x.Id), Places = e.Places.Select(x => x.Id), Summary = e.Summary?.Text,
                History = HistoryJson.For(data, ItemKind.Event, e.Id),
            }),
            Entities = data.Entities.Select(e => new
            {
                e.Id, Url = urls.Absolute(SiteUrls.PathOf("entity", e.Id)), e.Name, Kind = Vocabulary.WordFor(Vocabulary.EntityKinds, e.Kind), e.Aliases,
                Description = e.Description?.Text, e.Wikidata,
            }),
            Measures = data.Measures.Select(m => new
            {
                m.Id, Url = urls.Absolute(SiteUrls.PathOf("measure", m.Id)), m.Label, m.Unit, Description = m.Description?.Text,
                History = HistoryJson.For(data, ItemKind.Measure, m.Id),
            }),
        };
        return SiteFile.Text("data/briefing.json", JsonSerializer.Serialize(document, Options) + "\n");
    }

    private static object Claim(SiteData data, SiteUrls urls, Claim cl)
    {
        var index = data.Briefing.Index;
        var support = Claimants.Support(index, cl);
        return new
        {
            cl.Id,
            Url = urls.Absolute(SiteUrls.PathOf("claim", cl.Id)),
            Kind = Vocabulary.WordFor(Vocabulary.ClaimKinds, cl.Kind),
            Statement = MarkdownRenderer.PlainText(cl.Statement),
            StatementMarkdown = cl.Statement.Text,
            Credibility = (int)cl.Credibility,
            CredibilityLabel = Words.Credibility(cl.Credibility),
            Topics = cl.Topics.Select(t => t.Id),
            AttributedTo = cl.AttributedTo.Select(t => t.Id),
            Entities = cl.Entities.Select(t => t.Id),
            SupportingSources = support.SourceCount,
            IndependentClaimants = support.IndependentCount,
            Figure = cl.Figure is { } f ? Figure(data, cl, f) : null,
            Evidence = cl.Evidence.Select((e, i) => new
            {
                Source = e.Source.Id,
                e.Quote,
                Stance = Words.Stance(e.Stance).Key,
                Claimant = ClaimantOf(Claimants.Of(index, cl, e)),
                QuoteUrl = urls.Absolute(SiteUrls.PathOf("source", e.Source.Id)) + "#" + SiteUrls.QuoteAnchor(cl.Id, i + 1),
            }),
            Related = cl.Related.Select(r => r.Id),
            Outcome = cl.Outcome is { } o ? new { Status = Vocabulary.WordFor(Vocabulary.OutcomeStatuses, o.Status), Claims = o.Claims.Select(r => r.Id) } : null,
            Notes = cl.Notes?.Text,
            History = HistoryJson.For(data, ItemKind.Claim, cl.Id),
        };
    }

    // "approx" stays for readers of format version 1 data: true when the figure is hedged in any way.
    private static object Figure(SiteData data, Claim cl, Figure f) => new
    {
        Measure = f.Measure.Id,
        f.Value,
        f.High,
        Qualifier = Vocabulary.WordFor(Vocabulary.Qualifiers, f.Qualifier),
        Text = FigureText.Value(f),
        Approx = f.IsHedged,
        AsOf = Date(data.FigureDate(cl)),
    };

    private static object ClaimantOf(Claimant c) => new
    {
        c.Name,
        Entity = c.EntityId,
        Origin = c.Origin switch
        {
            ClaimantOrigin.Evidence => "claimant",
            ClaimantOrigin.AttributedTo => "attributed_to",
            ClaimantOrigin.Publisher => "publisher",
            _ => "source",
        },
    };

    private static object Date(EdtfDate d) => new { Edtf = d.ToEdtf(), Text = d.Describe(), Earliest = d.Earliest.ToString("O"), Latest = d.Latest.ToString("O") };
}
