using Microsoft.AspNetCore.Http;

namespace Briefing.Preview;

/// <summary>
/// One tab's server-sent-event stream, <c>/_briefing/events?page=/claims/x/</c>: stays open and passes
/// on what the hub sends the tab. The page is the tab's <c>location.pathname</c>, so that the hub can
/// tell it to reload only when that page changed.
/// </summary>
internal static class EventStream
{
    public static async Task Serve(HttpContext context, ReloadHub hub)
    {
        if (hub.TryConnect(SitePaths.PageOf(context.Request.Query["page"])) is not { } tab)
        {
            // Too many open tabs: this one gets no live reload; its page is served as usual.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            return;
        }

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in tab.Events.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or navigated away.
        }
        finally
        {
            hub.Disconnect(tab);
        }
    }
}
