using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>A measure's page: every figure reported for it, as a table and a chart.</summary>
public sealed record FigurePageModel(
    string Label,
    string Unit,
    HtmlString Description,
    HtmlString Chart,
    IReadOnlyList<FigureRowModel> Rows,
    SpreadModel Spread);

/// <summary>One reported figure.</summary>
public sealed record FigureRowModel(string Value, bool Approx, string AsOfText, string AsOfMachine, IReadOnlyList<LinkModel> Sources, ClaimRefModel Claim);

/// <summary>Whether the sources disagree, in words.</summary>
public sealed record SpreadModel(bool Disagree, string Text);
