using Briefing.Diagnostics;

namespace Briefing.Build;

/// <summary>What a build did: its diagnostics, what it wrote, and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    bool Succeeded,
    int PagesWritten,
    int FilesWritten,
    int Sources,
    int Claims,
    IReadOnlyList<StageTiming> Timings)
{
    /// <summary>Of the files, how many had the same bytes as in the previous output, so were not written again.</summary>
    public int FilesUnchanged { get; init; }

    /// <summary>Of the pages, how many were kept from a previous build (same render key) instead of rendered.</summary>
    public int PagesKept { get; init; }

    /// <summary>Of the pages, how many were rendered.</summary>
    public int PagesRendered => PagesWritten - PagesKept;

    /// <summary>The whole build's time.</summary>
    public TimeSpan Elapsed => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}

/// <summary>How long one named stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
