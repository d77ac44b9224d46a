using Microsoft.AspNetCore.Http;

namespace Briefing.Preview;

/// <summary>One tab's server-sent-event stream: stays open and passes on what the hub broadcasts.</summary>
internal static class EventStream
{
    public static async Task Serve(HttpContext context, ReloadHub hub)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = hub.Connect();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
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
            hub.Disconnect(channel);
        }
    }
}
