namespace Briefing.Site.Models;

/// <summary>One link of a pager: the page's number, where it is, and whether it is the page being read.</summary>
public sealed record PageLinkModel(int Number, string Url, bool Current, string Label);

/// <summary>
/// Where a page stands in a list split over several pages: "page 2 of 100", with links to the others.
/// <see cref="Count"/> is 1 when the list fits on one page; templates then show no pager.
/// </summary>
public sealed record PagerModel(int Number, int Count, string Range, PageLinkModel? Previous, PageLinkModel? Next, IReadOnlyList<PageLinkModel> Pages)
{
    /// <summary>A list that fits on one page.</summary>
    public static PagerModel OnePage { get; } = new(1, 1, "", null, null, []);
}
