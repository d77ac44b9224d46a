using Briefing.Site.Output;

namespace Briefing.Build.Output;

/// <summary>
/// Where a build's files go as they are made: a folder on disk (<see cref="Stages.WriteStage"/>) or
/// memory (the preview). One thread adds files; nothing is final until <see cref="Commit"/>.
/// A sink also remembers which render key made each page of the previous site, so a page whose key
/// is unchanged is kept instead of rendered again (see docs/decisions.md, "Incremental builds").
/// </summary>
public interface ISiteSink
{
    /// <summary>Takes one finished file; <paramref name="key"/> is the render key it was made from, when it is a cached page.</summary>
    void Add(SiteFile file, string? key = null);

    /// <summary>
    /// True when a previous site holds the page at <paramref name="path"/> made from <paramref name="key"/>.
    /// Called from any thread, while files are added.
    /// </summary>
    bool Knows(string path, string key);

    /// <summary>Keeps, in the new site, the page a previous site made from <paramref name="key"/>; false when it no longer can, and the page must be rendered.</summary>
    bool Reuse(string path, string key);

    /// <summary>Makes every file added the site; false (reported) when that failed.</summary>
    bool Commit(Diagnostics.DiagnosticBag diagnostics);

    /// <summary>Drops what was added, leaving the previous site as it was.</summary>
    void Abandon();
}
