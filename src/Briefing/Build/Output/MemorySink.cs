using Briefing.Build.Stages;
using Briefing.Diagnostics;
using Briefing.Site.Output;

namespace Briefing.Build.Output;

/// <summary>Keeps the site in memory, sorted by path: what the preview serves.</summary>
public sealed class MemorySink : ISiteSink
{
    private readonly List<SiteFile> _files = [];

    /// <summary>The site, once committed; null before or when abandoned.</summary>
    public RenderedSite? Site { get; private set; }

    /// <summary>How many of the files are pages; set by the build before it commits.</summary>
    public int PageCount { get; set; }

    /// <inheritdoc />
    public void Add(SiteFile file) => _files.Add(file);

    /// <inheritdoc />
    public bool Commit(DiagnosticBag diagnostics)
    {
        Site = new RenderedSite([.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)], PageCount);
        return true;
    }

    /// <inheritdoc />
    public void Abandon() => _files.Clear();
}
