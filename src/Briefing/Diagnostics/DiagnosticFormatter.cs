using System.Text;

namespace Briefing.Diagnostics;

/// <summary>Prints diagnostics in the forms that editors' tools and CI make clickable.</summary>
public static class DiagnosticFormatter
{
    /// <summary>The MSBuild canonical form: <c>path(line,col): error CODE: message</c>.</summary>
    public static string ToCanonical(Diagnostic d) =>
        $"{d.Location.File}({d.Location.Line},{d.Location.Column}): {SeverityWord(d.Severity)} {d.Code}: {d.Message}";

    /// <summary>A GitHub Actions workflow command, which shows the diagnostic on the file's line in a pull request.</summary>
    public static string ToGitHubAnnotation(Diagnostic d)
    {
        var l = d.Location;
        return $"::{SeverityWord(d.Severity)} file={EscapeProperty(l.File)},line={l.Line},col={l.Column},title={d.Code}::{EscapeData(d.Message)}";
    }

    /// <summary>The closing count, e.g. "2 errors, 1 warning".</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
    }

    private static string SeverityWord(Severity s) => s == Severity.Error ? "error" : "warning";

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    // The workflow-command grammar reserves %, CR and LF in data, and also : and , in properties.
    private static string EscapeData(string s) =>
        new StringBuilder(s).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string EscapeProperty(string s) =>
        new StringBuilder(EscapeData(s)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
