using System.Collections.Frozen;
using Briefing.Build.Stages;
using Briefing.Diagnostics;

namespace Briefing.Preview;

/// <summary>
/// What the preview serves: the last site that built without errors, kept in memory, and the
/// problems of the latest build. A failed build replaces only the problems, never the site.
/// </summary>
public sealed class PreviewState
{
    private volatile Snapshot _current = new(FrozenDictionary<string, byte[]>.Empty, [], 0);

    /// <summary>How many successful builds there have been; the reload event carries it.</summary>
    public int Generation => _current.Generation;

    /// <summary>The latest build's errors and warnings (empty after a clean build).</summary>
    public IReadOnlyList<Diagnostic> Problems => _current.Problems;

    /// <summary>The file at a site path ("claims/x/index.html"), if the last good site has it.</summary>
    public byte[]? File(string path) => _current.Files.GetValueOrDefault(path);

    /// <summary>
    /// Takes a build's outcome: a new site when it rendered, and its problems either way. Returns what
    /// the new site changed against the one it replaces, or null when there is no new site.
    /// </summary>
    public SiteChange? Accept(RenderedSite? site, IReadOnlyList<Diagnostic> problems)
    {
        var previous = _current;
        if (site is null)
        {
            _current = previous with { Problems = problems };
            return null;
        }

        var files = site.Files.ToFrozenDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        _current = new Snapshot(files, problems, previous.Generation + 1);
        return new SiteChange(SiteDiff.Between(previous.Files, files), files.ContainsKey);
    }

    private sealed record Snapshot(FrozenDictionary<string, byte[]> Files, IReadOnlyList<Diagnostic> Problems, int Generation);
}
