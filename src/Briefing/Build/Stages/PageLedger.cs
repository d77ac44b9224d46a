using Briefing.Site.Pages;

namespace Briefing.Build.Stages;

/// <summary>
/// What a streamed build remembers of each page once its model is gone: where it went, its address for
/// the sitemap, and which builder made its kind of page. A few strings a page, not the page.
/// </summary>
internal sealed class PageLedger
{
    private readonly List<string> _indexed = [];
    private readonly Dictionary<string, SortedSet<int>> _buildersOf = new(StringComparer.Ordinal);

    /// <summary>The output path of every page so far.</summary>
    public HashSet<string> Paths { get; } = new(StringComparer.Ordinal);

    /// <summary>The canonical URL of every page search engines may index, in page order.</summary>
    public IReadOnlyList<string> Indexed => _indexed;

    /// <summary>For each template, the builders whose pages use it.</summary>
    public IReadOnlyDictionary<string, SortedSet<int>> BuildersOf => _buildersOf;

    /// <summary>How many pages so far.</summary>
    public int Count { get; private set; }

    /// <summary>Notes <paramref name="page"/>, made by builder number <paramref name="builder"/> (negative: a theme page).</summary>
    public void Add(int builder, PageSpec page)
    {
        Count++;
        Paths.Add(page.OutputPath);
        if (!page.Meta.NoIndex)
        {
            _indexed.Add(page.Meta.CanonicalUrl);
        }

        if (builder >= 0)
        {
            if (!_buildersOf.TryGetValue(page.Template, out var builders))
            {
                _buildersOf[page.Template] = builders = [];
            }

            builders.Add(builder);
        }
    }
}
