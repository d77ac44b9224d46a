using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>A source page: metadata, grades, the article with its quotes, and the claims it bears on.</summary>
public sealed record SourceModel(
    SourceRefModel Source,
    string? Author,
    string? Kind,
    string? OriginalUrl,
    string TextFile,
    HtmlString Notes,
    HtmlString Headline,
    HtmlString Body,
    int QuoteCount,
    IReadOnlyList<StanceGroupModel> ClaimGroups);

/// <summary>Claims the source supports, contradicts, or gives context for.</summary>
public sealed record StanceGroupModel(string Stance, string Label, IReadOnlyList<ClaimRefModel> Claims);
