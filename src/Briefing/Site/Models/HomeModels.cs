using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>The home page.</summary>
public sealed record HomeModel(
    HtmlString KeyJudgments,
    IReadOnlyList<TopicCardModel> Topics,
    IReadOnlyList<EventModel> LatestEvents,
    IReadOnlyList<FigureSummaryModel> Figures,
    CoverageModel Coverage);

/// <summary>How much the briefing covers.</summary>
public sealed record CoverageModel(int Sources, int Claims, int MultiSourceClaims, int Events, int Entities, int Topics, string Period);

/// <summary>The topics index.</summary>
public sealed record TopicsIndexModel(IReadOnlyList<TopicCardModel> Topics);

/// <summary>The figures index.</summary>
public sealed record FiguresIndexModel(IReadOnlyList<FigureSummaryModel> Figures);

/// <summary>A free page.</summary>
public sealed record FreePageModel(string Title, HtmlString Body);

/// <summary>The sources index.</summary>
public sealed record SourcesIndexModel(IReadOnlyList<SourceRefModel> Sources, int Total, PagerModel Pager);
