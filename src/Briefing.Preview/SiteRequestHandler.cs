using System.Text;
using Microsoft.AspNetCore.Http;

namespace Briefing.Preview;

/// <summary>
/// Serves the in-memory site as a static host would: pretty URLs (<c>/claims/x/</c> → its
/// index.html), a redirect for the missing trailing slash, the site's own 404 page. Into each HTML
/// page it adds the reload script and, while there are problems, their notice; both therefore exist
/// only in preview, never in a build.
/// </summary>
public static class SiteRequestHandler
{
    /// <summary>The path the reload script is served at.</summary>
    public const string ScriptPath = "/_briefing/reload.js";

    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" defer></script>\n");

    /// <summary>Answers <paramref name="context"/> from <paramref name="state"/>.</summary>
    public static async Task Handle(HttpContext context, PreviewState state)
    {
        if (RequestPathGuard.Refusal(context) is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        var path = SitePaths.Relative(context.Request.Path.Value);
        var file = SitePaths.FileOf(path);
        var bytes = state.File(file);
        if (bytes is null && !path.EndsWith('/') && state.File(path + "/index.html") is not null)
        {
            context.Response.Redirect($"/{path}/{context.Request.QueryString}", permanent: false);
            return;
        }

        if (bytes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = "404.html";
            bytes = state.File(file) ?? Encoding.UTF8.GetBytes("<!doctype html><title>Not found</title><p>Not found. The site has not built yet: see the terminal.</p>");
        }

        context.Response.ContentType = ContentTypes.Of(file);
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(file.EndsWith(".html", StringComparison.Ordinal) ? ProblemNotice.Insert(WithReloadScript(bytes), state.Problems) : bytes);
    }

    // Before </body>, or at the end of a page that has none.
    private static byte[] WithReloadScript(byte[] html)
    {
        var end = html.AsSpan().LastIndexOf("</body>"u8);
        var at = end >= 0 ? end : html.Length;
        return [.. html.AsSpan(0, at), .. ScriptTag, .. html.AsSpan(at)];
    }
}
