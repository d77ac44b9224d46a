namespace Briefing.Diagnostics;

/// <summary>How much a diagnostic matters: errors stop a build, warnings only with --strict.</summary>
public enum Severity
{
    /// <summary>Reported, but the build goes on unless it is strict.</summary>
    Warning,

    /// <summary>The content is wrong: nothing is written.</summary>
    Error,
}
