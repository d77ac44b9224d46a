using Briefing.History;
using Briefing.History.Site;
using Briefing.Model;
using Briefing.Site.Charts;
using Briefing.Site.Data;
using Briefing.Site.Models;
using Briefing.Site.Urls;

namespace Briefing.Site.Pages;

/// <summary>The claims index with its filters, and a page per claim with its evidence and ClaimReview data.</summary>
internal static class ClaimPageBuilder
{
    public static IEnumerable<PageSpec> Build(ModelFactory f, PageMetaFactory meta)
    {
        var claims = f.Data.Claims;
        foreach (var index in IndexPages(f, meta))
        {
            yield return index;
        }

        foreach (var claim in claims)
        {
            yield return Page(f, meta, claim);
        }
    }

    /// <summary>
    /// The claims index, split into pages of <see cref="ClaimsPerPage"/> when longer. Claims are in grade
    /// order, so a grade's claims are a run of pages: split, the credibility filter leads to the first page
    /// of the grade and the topic filter to the topic's page, which lists its claims by grade.
    /// </summary>
    private static IEnumerable<PageSpec> IndexPages(ModelFactory f, PageMetaFactory meta)
    {
        var claims = f.Data.Claims;
        var split = claims.Count > ClaimsPerPage;
        var topics = f.Data.Topics.Select(t => new FilterOptionModel(t.Id, t.Title, f.Data.ClaimsByTopic[t.Id].Count(),
            split ? f.Urls.LinkTo("topic", t.Id) + "#claims" : "")).ToList();
        var firstOfGrade = claims.Select((c, i) => (c.Credibility, i)).GroupBy(p => p.Credibility).ToDictionary(g => g.Key, g => g.First().i);
        var grades = claims.GroupBy(c => c.Credibility).OrderBy(g => g.Key)
            .Select(g => new FilterOptionModel(ModelFactory.Grade(g.Key).Code, $"{(int)g.Key} – {Words.Credibility(g.Key)}", g.Count(),
                split ? f.Urls.Link(Paging.PathOf("claims/", firstOfGrade[g.Key] / ClaimsPerPage + 1)) + "#claims-list" : ""))
            .ToList();
        foreach (var (number, items, pager) in Paging.Split(claims, ClaimsPerPage, "claims/", f.Urls.Link, "claims"))
        {
            var path = Paging.PathOf("claims/", number);
            var title = number == 1 ? "Claims" : $"Claims, page {number}";
            var model = new ClaimsIndexModel([.. items.Select(f.Claim)], topics, grades, claims.Count, pager)
            {
                ChangedOn = [.. items.Select(c => ClaimsChangedOn.LastChange(f.Data, c.Id))],
                HistoryAvailable = f.Data.History.Status == HistoryStatus.Available,
                ChangesUrl = f.Urls.Link("changes/"),
            };
            yield return new PageSpec(PageMetaFactory.OutputOf(path), "claims", model,
                meta.For(title, "Every claim of the briefing, with its credibility and sources.", path, "claims"));
        }
    }

    /// <summary>Claims on one page of the index: about 600 KB of HTML.</summary>
    public const int ClaimsPerPage = 1000;

    private static PageSpec Page(ModelFactory f, PageMetaFactory meta, Claim claim)
    {
        var index = f.Data.Briefing.Index;
        var model = new ClaimModel(
            f.Claim(claim),
            f.Markdown.Render(claim.Notes),
            Corroboration(claim, index),
            [.. claim.Evidence.Select((e, i) => Evidence(f, claim, e, i + 1))],
            Figure(f, claim),
            [.. f.Data.EventsByClaim[claim.Id].Select(f.Event)],
            [.. claim.Topics.Select(t => t.Id).Distinct(StringComparer.Ordinal).Select(f.TopicLink)],
            [.. claim.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Select(f.EntityLink)],
            [.. claim.AttributedTo.Select(e => e.Id).Distinct(StringComparer.Ordinal).Select(f.EntityLink)],
            [.. claim.Related.Select(r => index.Claims[r.Id]).Select(f.Claim)])
        {
            Outcome = claim.IsForecast && claim.Outcome is { } o
                ? new OutcomeModel(Loading.Vocabulary.WordFor(Loading.Vocabulary.OutcomeStatuses, o.Status), Words.Outcome(o.Status), [.. o.Claims.Select(r => index.Claims[r.Id]).Select(f.Claim)])
                : null,
            History = ItemHistories.Model(f.Data, f.Urls, ItemKind.Claim, claim.Id),
        };
        var path = SiteUrls.PathOf("claim", claim.Id);
        var jsonLd = ClaimReviewJsonLd.For(f, claim, f.Urls.Absolute(path));
        var title = model.Claim.StatementText;
        return new PageSpec(PageMetaFactory.OutputOf(path), "claim", model,
            meta.For(PageMetaFactory.Shorten(title, 70), $"{model.Claim.Lead}: {title} Credibility of the statement: {Words.Credibility(claim.Credibility)}.", path, "claims", "article", jsonLd));
    }

    private static CorroborationModel Corroboration(Claim claim, Checking.BriefingIndex index)
    {
        var supporting = ModelFactory.DistinctSources(claim, Stance.Supports);
        var contradicting = ModelFactory.DistinctSources(claim, Stance.Contradicts);
        var context = ModelFactory.DistinctSources(claim, Stance.Context);
        var support = Checking.Claimants.Support(index, claim);
        var against = claim.Evidence.Where(e => e.Stance == Stance.Contradicts).Select(e => Checking.Claimants.Of(index, claim, e)).Distinct().Count();
        var summary = SupportWords.Describe(support) + "."
            + (contradicting > 0 ? $" Contradicted by {Words.Count(contradicting, "source", "sources")} ({Words.Count(against, "claimant", "claimants")})." : " Nothing contradicts it.")
            + (context > 0 ? $" {Words.Count(context, "source gives", "sources give")} context." : "");
        return new CorroborationModel(supporting, contradicting, context, support.IndependentCount, against, summary);
    }

    private static EvidenceModel Evidence(ModelFactory f, Claim claim, Evidence evidence, int number)
    {
        var source = f.Data.Briefing.Index.Sources[evidence.Source.Id];
        var (key, label) = Words.Stance(evidence.Stance);
        var span = f.Data.Briefing.Anchors.SpanOf(evidence);
        var article = f.Data.Briefing.Anchors.Articles[source.Id];
        var exact = span is { } s ? article.Lines[s.Line][s.Start..s.End] : evidence.Quote;
        var claimant = Checking.Claimants.Of(f.Data.Briefing.Index, claim, evidence);
        return new EvidenceModel(
            number,
            SiteUrls.EvidenceAnchor(number),
            key,
            label,
            exact,
            f.Source(source),
            f.Urls.LinkTo("source", source.Id) + "#" + SiteUrls.QuoteAnchor(claim.Id, number),
            source.Url is { } url ? TextFragment.Link(url, exact) : null)
        {
            Claimant = claimant.Name,
            ClaimantUrl = claimant.EntityId is { } id ? f.Urls.LinkTo("entity", id) : null,
        };
    }

    private static FigureModel? Figure(ModelFactory f, Claim claim)
    {
        if (claim.Figure is not { } figure)
        {
            return null;
        }

        var measure = f.Data.Briefing.Index.Measures[figure.Measure.Id];
        var date = f.Data.FigureDate(claim);
        return new FigureModel(f.Urls.LinkTo("measure", measure.Id), measure.Label, FigureText.Value(figure), figure.IsHedged, measure.Unit,
            date.Describe(), date.MachineReadable);
    }
}
