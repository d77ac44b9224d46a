using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>An entity page.</summary>
public sealed record EntityModel(
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    HtmlString Description,
    string? WikidataUrl,
    IReadOnlyList<ClaimRefModel> About,
    IReadOnlyList<ClaimRefModel> Asserted,
    IReadOnlyList<EventModel> Events);

/// <summary>The entities index, grouped by kind.</summary>
public sealed record EntitiesIndexModel(IReadOnlyList<EntityGroupModel> Groups);

/// <summary>Entities of one kind.</summary>
public sealed record EntityGroupModel(string Label, IReadOnlyList<EntityRowModel> Entities);

/// <summary>One entity in the index.</summary>
public sealed record EntityRowModel(string Url, string Name, int ClaimCount);
