using System.Globalization;
using System.Text;

namespace Briefing.Scaffolding;

/// <summary>
/// Writes values into hand-edited YAML the way an editor would: plain where that reads back the same,
/// single-quoted where a plain scalar would mean something else (a comment, a mapping, null), and
/// double-quoted with escapes only for characters that cannot stand in a file as they are.
/// </summary>
public static class YamlText
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    /// <summary>The value as a YAML scalar on one line, e.g. <c>'Vote: council backs the tram'</c>.</summary>
    public static string Scalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Any(NeedsEscape))
        {
            return DoubleQuoted(value);
        }

        return IsSafePlain(value) ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A flow list of ids, e.g. <c>[deployment, troop-numbers]</c> (ids never need quoting).</summary>
    public static string IdList(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    private static bool IsSafePlain(string value) =>
        !Reserved.Contains(value)
        && !Indicators.Contains(value[0], StringComparison.Ordinal)
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && !value.EndsWith(':')
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && !value.Contains('\t', StringComparison.Ordinal)
        && !LooksLikeNumber(value);

    // The loader reads every scalar as text, but other tools read 1984 or 1e3 as numbers: quote them.
    private static bool LooksLikeNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || value is ".inf" or "-.inf" or "+.inf" or ".nan" or ".Inf" or ".NaN"
        || (value.Length > 2 && value[0] == '0' && value[1] is 'x' or 'o');

    // Anything YAML does not count as printable, and line breaks, which a one-line value may not hold.
    private static bool NeedsEscape(char c) =>
        c is < ' ' and not '\t' or '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || (c is >= '\u0080' and <= '\u009F');

    private static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                '\0' => "\\0",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
