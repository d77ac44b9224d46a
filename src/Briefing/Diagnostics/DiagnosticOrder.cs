namespace Briefing.Diagnostics;

/// <summary>
/// The order problems are printed in: the ones that explain others first. A file that cannot be
/// read or parsed hides everything in it, and a broken field can make a reference look wrong, so
/// syntax and encoding come first, then structure (fields, values, ids), then references and
/// quotes, then warnings; within each, by file, line and column.
/// </summary>
public static class DiagnosticOrder
{
    /// <summary>How early a diagnostic is printed: 0 syntax and encoding, 1 structure, 2 references, 3 warnings.</summary>
    public static int Rank(Diagnostic d)
    {
        if (!d.IsError)
        {
            return 3;
        }

        return d.Code switch
        {
            DiagnosticCodes.YamlSyntax or DiagnosticCodes.FileUnreadable or DiagnosticCodes.FileTooLarge
                or DiagnosticCodes.NestingTooDeep or DiagnosticCodes.AliasNotSupported or DiagnosticCodes.EmptyFile
                or DiagnosticCodes.DuplicateKey or DiagnosticCodes.FrontMatterMissing or DiagnosticCodes.TextNotUtf8 => 0,
            _ when IsReference(d.Code) => 2,
            _ => 1,
        };
    }

    /// <summary>Sorts <paramref name="diagnostics"/> cause first; ties broken by file, position, code and message.</summary>
    public static IEnumerable<Diagnostic> CauseFirst(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(Rank)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal);

    // BRF010-012 (quotes) and BRF03x (ids and links) depend on other things being right; BRF2xx are the theme's.
    private static bool IsReference(string code) =>
        code is DiagnosticCodes.QuoteAmbiguous or DiagnosticCodes.QuoteInBoilerplate or DiagnosticCodes.QuoteNotFound
        || code.StartsWith("BRF03", StringComparison.Ordinal)
        || code.StartsWith("BRF2", StringComparison.Ordinal);
}
