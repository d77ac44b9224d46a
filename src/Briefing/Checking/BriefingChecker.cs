using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Checking;

/// <summary>Every check across files, in order: ids, references, quotes, Markdown links, then warnings.</summary>
public static class BriefingChecker
{
    /// <summary>Checks <paramref name="content"/>, read from <paramref name="root"/>.</summary>
    public static CheckedBriefing Check(string root, BriefingContent content, DiagnosticBag diagnostics)
    {
        var index = new BriefingIndex(content);
        IdChecker.Check(content, diagnostics);
        ReferenceChecker.Check(content, index, diagnostics);
        var anchors = QuoteAnchorChecker.Check(root, content, diagnostics);
        var links = MarkdownLinkChecker.Check(content, index, diagnostics);
        WarningChecker.Check(content, index, links, diagnostics);
        EditorialChecker.Check(content, index, diagnostics);
        SitePlaceholderChecker.Check(root, content.Site, diagnostics);
        return new CheckedBriefing(root, content, index, anchors, links);
    }
}
