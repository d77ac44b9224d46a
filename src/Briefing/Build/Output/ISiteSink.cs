using Briefing.Site.Output;

namespace Briefing.Build.Output;

/// <summary>
/// Where a build's files go as they are made: a folder on disk (<see cref="Stages.WriteStage"/>) or
/// memory (the preview). One thread adds files; nothing is final until <see cref="Commit"/>.
/// </summary>
public interface ISiteSink
{
    /// <summary>Takes one finished file.</summary>
    void Add(SiteFile file);

    /// <summary>Makes every file added the site; false (reported) when that failed.</summary>
    bool Commit(Diagnostics.DiagnosticBag diagnostics);

    /// <summary>Drops what was added, leaving the previous site as it was.</summary>
    void Abandon();
}
