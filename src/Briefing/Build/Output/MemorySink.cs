using Briefing.Build.Stages;
using Briefing.Diagnostics;
using Briefing.Site.Output;

namespace Briefing.Build.Output;

/// <summary>
/// Keeps the site in memory, sorted by path: what the preview serves. Given the site it served before,
/// it keeps that site's pages whose render keys are unchanged, sharing their bytes.
/// </summary>
public sealed class MemorySink(RenderedSite? previous = null) : ISiteSink
{
    private readonly List<SiteFile> _files = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SiteFile> _previous = previous?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [];

    /// <summary>The site, once committed; null before or when abandoned.</summary>
    public RenderedSite? Site { get; private set; }

    /// <summary>How many of the files are pages; set by the build before it commits.</summary>
    public int PageCount { get; set; }

    /// <inheritdoc />
    public void Add(SiteFile file, string? key = null)
    {
        _files.Add(file);
        if (key is not null)
        {
            _keys[file.Path] = key;
        }
    }

    /// <inheritdoc />
    public bool Knows(string path, string key) => previous?.KeyOf(path) == key && _previous.ContainsKey(path);

    /// <inheritdoc />
    public bool Reuse(string path, string key)
    {
        if (!Knows(path, key))
        {
            return false;
        }

        Add(_previous[path], key);
        return true;
    }

    /// <inheritdoc />
    public bool Commit(DiagnosticBag diagnostics)
    {
        Site = new RenderedSite([.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)], PageCount) { Keys = _keys };
        return true;
    }

    /// <inheritdoc />
    public void Abandon() => _files.Clear();
}
