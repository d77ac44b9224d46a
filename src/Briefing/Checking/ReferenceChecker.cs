using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Checking;

/// <summary>
/// Every id a claim, event or figure names must exist, with a did-you-mean when one is close. An id
/// defined in a file that failed to load is not reported: that file's own error is the one to fix.
/// </summary>
internal static class ReferenceChecker
{
    public static void Check(BriefingContent content, BriefingIndex index, DiagnosticBag diagnostics)
    {
        var refs = new Refs(content.Unread, new IdSuggester(index), index, diagnostics);
        foreach (var claim in content.Claims)
        {
            refs.Each(claim.Topics, "topic");
            refs.Each(claim.AttributedTo, "entity");
            refs.Each(claim.Entities, "entity");
            refs.Each(claim.Related, "claim");
            refs.Each(claim.Evidence.Select(e => e.Source), "source");
            refs.Each(claim.Evidence.Select(e => e.Claimant).OfType<IdRef>(), "entity");
            refs.Each(claim.Outcome?.Claims ?? [], "claim");
            if (claim.Figure is { } figure)
            {
                refs.One(figure.Measure, "measure");
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
            refs.Each(e.Claims, "claim");
            refs.Each(e.Topics, "topic");
            refs.Each(e.Places, "entity");
        }
    }

    /// <summary>Checks references against the index, with what is needed to explain a missing one.</summary>
    private sealed class Refs(UnreadContent unread, IdSuggester suggester, BriefingIndex index, DiagnosticBag diagnostics)
    {
        public void Each(IEnumerable<IdRef> refs, string kind)
        {
            foreach (var r in refs)
            {
                One(r, kind);
            }
        }

        public void One(IdRef r, string kind)
        {
            if (!index.Contains(kind, r.Id) && !unread.Contains(kind, r.Id))
            {
                diagnostics.Error(DiagnosticCodes.UnknownReference, r.Location, $"there is no {kind} '{r.Id}'{suggester.DidYouMean(kind, r.Id)}");
            }
        }
    }
}
