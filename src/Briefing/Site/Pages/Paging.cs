using System.Globalization;
using Briefing.Site.Models;

namespace Briefing.Site.Pages;

/// <summary>
/// Splits a long list over pages: the first page at the list's own path, the others at
/// <c>&lt;path&gt;page/N/</c>, so that no page of a briefing of 100,000 claims passes 2 MB of HTML.
/// A list that fits on one page stays exactly as it was.
/// </summary>
internal static class Paging
{
    /// <summary>The site path of page <paramref name="number"/> of the list at <paramref name="basePath"/> ("claims/").</summary>
    public static string PathOf(string basePath, int number) =>
        number == 1 ? basePath : $"{basePath}page/{number.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>The list cut into pages of at most <paramref name="size"/> items, each with its pager.</summary>
    public static IEnumerable<(int Number, IReadOnlyList<T> Items, PagerModel Pager)> Split<T>(
        IReadOnlyList<T> items, int size, string basePath, Func<string, string> link, string noun)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        if (count == 1)
        {
            yield return (1, items, PagerModel.OnePage);
            yield break;
        }

        var pages = Enumerable.Range(1, count).Select(n => Link(n, basePath, link, false)).ToList();
        for (var n = 1; n <= count; n++)
        {
            var first = (n - 1) * size;
            var slice = items.Skip(first).Take(size).ToList();
            var range = string.Create(CultureInfo.InvariantCulture, $"{noun} {first + 1:N0}–{first + slice.Count:N0} of {items.Count:N0}");
            var current = pages.Select(p => p.Number == n ? p with { Current = true } : p).ToList();
            yield return (n, slice, new PagerModel(n, count, range,
                n > 1 ? pages[n - 2] : null, n < count ? pages[n] : null, current));
        }
    }

    private static PageLinkModel Link(int number, string basePath, Func<string, string> link, bool current) =>
        new(number, link(PathOf(basePath, number)), current, $"Page {number.ToString(CultureInfo.InvariantCulture)}");
}
