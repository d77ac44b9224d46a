namespace Briefing.Model;

/// <summary>NATO Admiralty source reliability, A (completely reliable) to F (cannot be judged).</summary>
public enum Reliability
{
    /// <summary>Completely reliable.</summary>
    A,

    /// <summary>Usually reliable.</summary>
    B,

    /// <summary>Fairly reliable.</summary>
    C,

    /// <summary>Not usually reliable.</summary>
    D,

    /// <summary>Unreliable.</summary>
    E,

    /// <summary>Reliability cannot be judged (the default).</summary>
    F,
}

/// <summary>NATO Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).</summary>
public enum Credibility
{
    /// <summary>Confirmed by other sources.</summary>
    Confirmed = 1,

    /// <summary>Probably true.</summary>
    ProbablyTrue = 2,

    /// <summary>Possibly true.</summary>
    PossiblyTrue = 3,

    /// <summary>Doubtful.</summary>
    Doubtful = 4,

    /// <summary>Improbable.</summary>
    Improbable = 5,

    /// <summary>Truth cannot be judged (the default).</summary>
    CannotBeJudged = 6,
}
