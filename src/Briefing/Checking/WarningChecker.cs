using Briefing.Diagnostics;
using Briefing.Markdown;
using Briefing.Model;

namespace Briefing.Checking;

/// <summary>
/// Things that are allowed but probably unfinished: a source nothing cites, an empty topic,
/// an entity nothing mentions, a measure with no figures, and "confirmed" resting on one source.
/// </summary>
internal static class WarningChecker
{
    public static void Check(BriefingContent content, BriefingIndex index, IReadOnlySet<CrossReference> linked, DiagnosticBag diagnostics)
    {
        CheckConfirmed(content, index, diagnostics);

        // A file that failed to load may be the one that uses a source, topic, entity or measure.
        if (content.Unread.AnyFile)
        {
            return;
        }

        var cited = content.Claims.SelectMany(c => c.Evidence).Select(e => e.Source.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var source in content.Sources.Where(s => !cited.Contains(s.Id) && !content.Incomplete.Contains("source:" + s.Id)))
        {
            diagnostics.Warning(DiagnosticCodes.SourceNotCited, source.Location, $"no claim cites source '{source.Id}'; add evidence from it or remove it");
        }

        var topicsUsed = content.Claims.SelectMany(c => c.Topics).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in content.Topics.Where(t => !topicsUsed.Contains(t.Id) && !content.Incomplete.Contains("topic:" + t.Id)))
        {
            diagnostics.Warning(DiagnosticCodes.TopicWithoutClaims, topic.Location, $"no claim lists topic '{topic.Id}' under 'topics'");
        }

        var entitiesUsed = content.Claims.SelectMany(c => c.AttributedTo.Concat(c.Entities).Concat(c.Evidence.Select(e => e.Claimant).OfType<IdRef>()))
            .Concat(content.Events.SelectMany(e => e.Places))
            .Select(r => r.Id)
            .Concat(linked.Where(x => x.Kind == "entity").Select(x => x.Id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entity in content.Entities.Where(e => !entitiesUsed.Contains(e.Id) && !content.Incomplete.Contains("entity:" + e.Id)))
        {
            diagnostics.Warning(DiagnosticCodes.EntityNotReferenced, entity.Location,
                $"nothing refers to entity '{entity.Id}' (no claim, event place or entity: link); use it or remove it");
        }

        var measured = content.Claims.Select(c => c.Figure?.Measure.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var measure in content.Measures.Where(m => !measured.Contains(m.Id) && !content.Incomplete.Contains("measure:" + m.Id)))
        {
            diagnostics.Warning(DiagnosticCodes.MeasureWithoutFigures, measure.Location, $"no claim gives a figure for measure '{measure.Id}'");
        }
    }

    private static void CheckConfirmed(BriefingContent content, BriefingIndex index, DiagnosticBag diagnostics)
    {
        foreach (var claim in content.Claims.Where(c => c.Credibility == Credibility.Confirmed && !content.Incomplete.Contains("claim:" + c.Id)))
        {
            ConfirmedByOneClaimant(claim, Claimants.Support(index, claim), diagnostics);
        }
    }

    /// <summary>
    /// Grade 1 means "confirmed by other sources": two articles relaying one agency confirm nothing, so the
    /// count is of independent claimants, not of sources.
    /// </summary>
    private static void ConfirmedByOneClaimant(Claim claim, ClaimSupport support, DiagnosticBag diagnostics)
    {
        if (support.IndependentCount >= 2)
        {
            return;
        }

        var why = support.SourceCount switch
        {
            0 => "no source supports it",
            1 => $"only one source supports it, and one claimant ({support.Claimants[0].Name})",
            var n => $"its {n} supporting sources all relay one claimant, {support.Claimants[0].Name}",
        };
        diagnostics.Warning(DiagnosticCodes.ConfirmedBySingleSource, claim.Location,
            $"claim '{claim.Id}' is graded 1 (confirmed by other sources) but {why}; add support from an independent claimant (a 'claimant' on evidence says who asserts it) or lower the grade to 2");
    }
}
