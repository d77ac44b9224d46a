namespace Briefing.History;

/// <summary>Whether the build could read the briefing's history, and if not, why not.</summary>
public enum HistoryStatus
{
    /// <summary>The root is in a full git checkout: history was read.</summary>
    Available,

    /// <summary>The root is not inside a git checkout (or git is not installed).</summary>
    NotAGitCheckout,

    /// <summary>The checkout is shallow: older commits are missing, so changes cannot be told from first appearances.</summary>
    ShallowClone,

    /// <summary>The checkout has no commit yet.</summary>
    NoCommits,

    /// <summary>The build was asked not to read history (<c>--no-history</c>).</summary>
    TurnedOff,
}
