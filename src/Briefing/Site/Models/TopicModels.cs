using Briefing.Site.Html;

namespace Briefing.Site.Models;

/// <summary>A topic page.</summary>
public sealed record TopicModel(
    string Title,
    string? Summary,
    HtmlString Body,
    IReadOnlyList<CredibilityGroupModel> ClaimGroups,
    HtmlString Timeline,
    IReadOnlyList<EventModel> Events,
    IReadOnlyList<SourceRefModel> Sources,
    MatrixModel Matrix)
{
    /// <summary>The measures its claims give figures for, each summed up as on the home page.</summary>
    public required IReadOnlyList<FigureSummaryModel> Figures { get; init; }

    /// <summary>The topic page's own address, for pages that list topics (a theme's one-page brief).</summary>
    public required string Url { get; init; }
}

/// <summary>Claims of one credibility grade.</summary>
public sealed record CredibilityGroupModel(GradeModel Grade, IReadOnlyList<ClaimRefModel> Claims);

/// <summary>Which source supports, contradicts or gives context for which claim, and which is silent.</summary>
public sealed record MatrixModel(IReadOnlyList<SourceRefModel> Columns, IReadOnlyList<MatrixRowModel> Rows)
{
    /// <summary>Why the table is left out (it would be too large to read), with no rows or columns; "" when it is shown.</summary>
    public string Omitted { get; init; } = "";
}

/// <summary>One claim's row of the matrix.</summary>
public sealed record MatrixRowModel(ClaimRefModel Claim, IReadOnlyList<MatrixCellModel> Cells);

/// <summary>One cell: every stance the source takes on the claim (or "silent"), each with its evidence.</summary>
public sealed record MatrixCellModel(IReadOnlyList<MatrixMarkModel> Marks)
{
    /// <summary>The stances, for class names: "supports contradicts".</summary>
    public IReadOnlyList<string> Stances => [.. Marks.Select(m => m.Stance)];
}

/// <summary>One stance in a cell: its key (supports, contradicts, context, silent), words and symbol, and the evidence it links to.</summary>
public sealed record MatrixMarkModel(string Stance, string Label, string Symbol, string? Url);
