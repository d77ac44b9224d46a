using System.Text.RegularExpressions;

namespace Briefing.Site.OpenData;

/// <summary>
/// Keeps a CSV cell from being run as a formula when the file is opened in a spreadsheet (CSV
/// injection): a cell that starts with '=', '+', '-', '@', a tab or a carriage return gets a leading
/// apostrophe, which spreadsheets read as "this is text", as OWASP advises. A plain number such as
/// -3.5 is left as it is: no spreadsheet runs it, and readers expect to compute with it.
/// </summary>
public static partial class SpreadsheetCell
{
    /// <summary>The cell as it may be written.</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(cell) ? "'" + cell : cell;

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
