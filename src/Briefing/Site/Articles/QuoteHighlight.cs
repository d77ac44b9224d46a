using Briefing.Text;

namespace Briefing.Site.Articles;

/// <summary>
/// One anchored quote to highlight on a source page, with the link back to the claim that quotes it.
/// </summary>
/// <param name="Span">The quoted characters, as offsets into the original line of the article.</param>
/// <param name="AnchorId">The highlight's HTML id, such as <c>q-claim-id-1</c>; also orders ties.</param>
/// <param name="ClaimUrl">URL of the claim's evidence (may hold a fragment); written escaped, never checked.</param>
/// <param name="ClaimLabel">Plain text naming the claim for assistive technology, e.g. its statement.</param>
/// <param name="StanceClass">How the quote bears on the claim: <c>supports</c>, <c>contradicts</c> or <c>context</c>.</param>
public sealed record QuoteHighlight(TextSpan Span, string AnchorId, string ClaimUrl, string ClaimLabel, string StanceClass);
