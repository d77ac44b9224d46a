using System.Globalization;
using System.Net;
using System.Text;
using Briefing.Diagnostics;

namespace Briefing.Preview;

/// <summary>
/// The notice the preview writes at the top of every page while the briefing has problems: the first
/// <see cref="Shown"/> in the order they are printed (the causes first), "and N more", each linked to
/// its file and line. It is written into the HTML as served, so it shows without JavaScript; the reload
/// script only swaps it for the new one when a later build reports different problems.
/// </summary>
public static class ProblemNotice
{
    /// <summary>How many problems the notice lists; the rest are counted, and all are in the terminal.</summary>
    public const int Shown = 10;

    /// <summary>The id of the notice's element, which the reload script replaces.</summary>
    public const string ElementId = "briefing-preview-notice";

    /// <summary>The notice for <paramref name="problems"/> (already cause first), or "" when there are none.</summary>
    public static string Html(IReadOnlyList<Diagnostic> problems)
    {
        if (problems.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<aside id=\"{ElementId}\" class=\"briefing-preview-notice\" role=\"alert\">");
        sb.Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"/_briefing/notice.css\"><strong>{Heading(problems)}</strong><ul>");
        foreach (var d in problems.Take(Shown))
        {
            sb.Append("<li><a href=\"").Append(Encode(PreviewFileView.LinkTo(d.Location))).Append("\"><code>")
                .Append(Encode(d.Location.ToString())).Append("</code></a><code>: ")
                .Append(Encode($"{(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}")).Append("</code></li>");
        }

        sb.Append("</ul>");
        if (problems.Count > Shown)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p>and {problems.Count - Shown} more: the terminal lists them all.</p>");
        }

        return sb.Append("</aside>\n").ToString();
    }

    /// <summary>Writes the notice just after the page's &lt;body&gt; tag (or at the start of a page without one).</summary>
    public static byte[] Insert(byte[] html, IReadOnlyList<Diagnostic> problems)
    {
        if (problems.Count == 0)
        {
            return html;
        }

        var body = html.AsSpan().IndexOf("<body"u8);
        var close = body < 0 ? -1 : html.AsSpan(body).IndexOf((byte)'>');
        var at = close < 0 ? 0 : body + close + 1;
        return [.. html.AsSpan(0, at), .. Encoding.UTF8.GetBytes(Html(problems)), .. html.AsSpan(at)];
    }

    private static string Heading(IReadOnlyList<Diagnostic> problems)
    {
        var errors = problems.Count(p => p.IsError);
        var warnings = problems.Count - errors;
        return errors > 0
            ? $"The briefing has {Count(errors, "error")}{(warnings > 0 ? " and " + Count(warnings, "warning") : "")}; this page is from the last good build. The first explains the others: fix it first."
            : $"The briefing has {Count(warnings, "warning")}; this page is up to date.";
    }

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
