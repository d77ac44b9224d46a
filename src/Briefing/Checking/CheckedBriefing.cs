using Briefing.Markdown;
using Briefing.Model;

namespace Briefing.Checking;

/// <summary>A briefing that has been read and checked: the content, its index, its anchored quotes.</summary>
/// <param name="Root">The briefing's root folder.</param>
/// <param name="Content">The typed content.</param>
/// <param name="Index">Everything by id.</param>
/// <param name="Anchors">Article texts and where each quote stands in them.</param>
/// <param name="CrossReferences">Every cross-reference written in Markdown.</param>
public sealed record CheckedBriefing(
    string Root,
    BriefingContent Content,
    BriefingIndex Index,
    QuoteAnchors Anchors,
    IReadOnlySet<CrossReference> CrossReferences);
