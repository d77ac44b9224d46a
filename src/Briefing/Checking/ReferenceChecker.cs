using Briefing.Common;
using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Checking;

/// <summary>Every id a claim, event or figure names must exist, with a did-you-mean when one is close.</summary>
internal static class ReferenceChecker
{
    public static void Check(BriefingContent content, BriefingIndex index, DiagnosticBag diagnostics)
    {
        foreach (var claim in content.Claims)
        {
            Each(claim.Topics, "topic", index, diagnostics);
            Each(claim.AttributedTo, "entity", index, diagnostics);
            Each(claim.Entities, "entity", index, diagnostics);
            Each(claim.Related, "claim", index, diagnostics);
            Each(claim.Evidence.Select(e => e.Source), "source", index, diagnostics);
            Each(claim.Evidence.Select(e => e.Claimant).OfType<IdRef>(), "entity", index, diagnostics);
            Each(claim.Outcome?.Claims ?? [], "claim", index, diagnostics);
            if (claim.Figure is { } figure)
            {
                One(figure.Measure, "measure", index, diagnostics);
            }

            foreach (var self in claim.Related.Where(r => r.Id == claim.Id))
            {
                diagnostics.Error(DiagnosticCodes.UnknownReference, self.Location, $"claim '{claim.Id}' lists itself under 'related'; remove it");
            }

            foreach (var self in (claim.Outcome?.Claims ?? []).Where(r => r.Id == claim.Id))
            {
                diagnostics.Error(DiagnosticCodes.UnknownReference, self.Location,
                    $"the outcome of claim '{claim.Id}' names the forecast itself; name the later claims that show how it turned out");
            }
        }

        foreach (var e in content.Events)
        {
            Each(e.Claims, "claim", index, diagnostics);
            Each(e.Topics, "topic", index, diagnostics);
            Each(e.Places, "entity", index, diagnostics);
        }
    }

    private static void Each(IEnumerable<IdRef> refs, string kind, BriefingIndex index, DiagnosticBag diagnostics)
    {
        foreach (var r in refs)
        {
            One(r, kind, index, diagnostics);
        }
    }

    private static void One(IdRef r, string kind, BriefingIndex index, DiagnosticBag diagnostics)
    {
        if (!index.Contains(kind, r.Id))
        {
            diagnostics.Error(DiagnosticCodes.UnknownReference, r.Location,
                $"there is no {kind} '{r.Id}'{Suggestions.DidYouMean(r.Id, index.IdsOf(kind))}");
        }
    }
}
