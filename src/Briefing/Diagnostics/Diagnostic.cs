namespace Briefing.Diagnostics;

/// <summary>One problem found in a briefing, pointing at the place an editor can fix it.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A code from <see cref="DiagnosticCodes"/>; tests assert on it, not on the wording.</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
/// <param name="Location">Where the editor wrote the offending node.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == Severity.Error;
}
