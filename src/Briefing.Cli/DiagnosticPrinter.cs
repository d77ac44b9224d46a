using Briefing.Diagnostics;

namespace Briefing.Cli;

/// <summary>
/// Prints diagnostics to standard error in the MSBuild canonical form, then a one-line count;
/// on GitHub Actions, also as workflow annotations so they show on the YAML lines of a pull request.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error, bool strict = false)
    {
        var annotate = string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.Ordinal);
        foreach (var d in diagnostics)
        {
            error.WriteLine(DiagnosticFormatter.ToCanonical(d));
            if (annotate)
            {
                error.WriteLine(DiagnosticFormatter.ToGitHubAnnotation(d));
            }
        }

        error.WriteLine(DiagnosticFormatter.Summary(diagnostics));
        if (strict && diagnostics.Count > 0 && !diagnostics.Any(d => d.IsError))
        {
            error.WriteLine("--strict: warnings fail the run; fix them, or run without --strict");
        }
    }
}
