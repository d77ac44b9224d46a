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

/// <summary>One reported figure; <paramref name="Value"/> carries its hedge ("up to 200"), and <paramref name="Conflicts"/> is true when another figure for the same time rules it out.</summary>
public sealed record FigureRowModel(string Value, bool Approx, string AsOfText, string AsOfMachine, IReadOnlyList<LinkModel> Sources, ClaimRefModel Claim, bool Conflicts);

/// <summary>What the agreement rule says of the figures: its verdict as a class name (disagree, agree, series, one-report) and in a sentence.</summary>
public sealed record SpreadModel(bool Disagree, string Verdict, string Text);
