using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>One open tab: the site file it shows, and the events waiting to be sent to it.</summary>
public sealed class ReloadTab
{
    // Bounded: a tab that stops reading loses old messages, not the server's memory.
    private readonly Channel<string> _events = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    internal ReloadTab(string? page) => Page = page;

    /// <summary>The site path of the tab's page (<c>claims/x/index.html</c>); null when the tab did not say.</summary>
    public string? Page { get; }

    /// <summary>The tab's events, in the text/event-stream format, until it is disconnected.</summary>
    public ChannelReader<string> Events => _events.Reader;

    internal void Send(string message) => _events.Writer.TryWrite(message);

    internal void Close() => _events.Writer.TryComplete();
}
