using System.Globalization;
using System.Net;
using System.Text;
using Briefing.Diagnostics;
using Briefing.Safety;
using Microsoft.AspNetCore.Http;

namespace Briefing.Preview;

/// <summary>
/// Where the notice's links lead: a file of the briefing with numbered lines, the problem's line marked.
/// Only files that a current problem names are shown, so the endpoint cannot be used to read anything else.
/// </summary>
public static class PreviewFileView
{
    /// <summary>The path the view is served under.</summary>
    public const string Prefix = "/_briefing/file/";

    /// <summary>The link to <paramref name="at"/>: the file's view, at the line.</summary>
    public static string LinkTo(SourceLocation at) =>
        Prefix + string.Join('/', at.File.Split('/').Select(Uri.EscapeDataString)) + "#L" + at.Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>Answers a request for <c>/_briefing/file/{path}</c>.</summary>
    public static async Task Handle(HttpContext context, string root, IReadOnlyList<Diagnostic> problems)
    {
        var file = Uri.UnescapeDataString((context.Request.Path.Value ?? "")[Prefix.Length..]);
        var here = problems.Where(p => p.Location.File == file).ToList();
        // A problem may name a link that leads out of the briefing (BRF017): what it points at is never shown.
        var full = here.Count == 0 ? null : PathContainment.Resolve(root, Path.Combine(root, file), out _);
        if (full is null || !File.Exists(full))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("No current problem is in this file.");
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(Page(file, await File.ReadAllLinesAsync(full), here));
    }

    private static string Page(string file, string[] lines, List<Diagnostic> here)
    {
        var sb = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(file)).Append("</title><link rel=\"stylesheet\" href=\"/_briefing/notice.css\">");
        sb.Append("<body class=\"briefing-preview-file\"><h1><code>").Append(WebUtility.HtmlEncode(file)).Append("</code></h1><ol>");
        for (var i = 0; i < lines.Length; i++)
        {
            var n = i + 1;
            var marked = here.Where(d => d.Location.Line == n).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"<li id=\"L{n}\"{(marked.Count > 0 ? " class=\"problem\"" : "")}><pre>")
                .Append(WebUtility.HtmlEncode(lines[i].Replace("\t", "\u2192\t", StringComparison.Ordinal))).Append("</pre>");
            foreach (var d in marked)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<p>column {d.Location.Column}: {(d.IsError ? "error" : "warning")} {d.Code}: ").Append(WebUtility.HtmlEncode(d.Message)).Append("</p>");
            }

            sb.Append("</li>");
        }

        return sb.Append("</ol></body></html>").ToString();
    }
}
