using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>
/// The open browser tabs, as server-sent-event streams. After each build every tab is told to
/// reload (the site changed) or to show the build's problems (the last good site stays).
/// </summary>
public sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];

    /// <summary>How many tabs are listening.</summary>
    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>
    /// The most tabs served at once: each open stream holds a connection, so without a bound a page
    /// (or anyone who can reach the preview) could open streams until the server runs out.
    /// </summary>
    public const int MaxClients = 32;

    /// <summary>Registers a tab; its events arrive on the returned reader until it is removed. Null when <see cref="MaxClients"/> are open.</summary>
    public Channel<string>? TryConnect()
    {
        // Bounded too: a tab that stops reading loses old messages, not the server's memory.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            if (_clients.Count >= MaxClients)
            {
                return null;
            }

            _clients.Add(channel);
        }

        return channel;
    }

    /// <summary>Forgets a tab that closed.</summary>
    public void Disconnect(Channel<string> channel)
    {
        lock (_gate)
        {
            _clients.Remove(channel);
        }

        channel.Writer.TryComplete();
    }

    /// <summary>Sends one event to every tab, in the text/event-stream format.</summary>
    public void Broadcast(string eventName, string data)
    {
        var message = $"event: {eventName}\ndata: {data.Replace("\n", "\ndata: ", StringComparison.Ordinal)}\n\n";
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Ends every stream, so that the server can stop at once.</summary>
    public void CloseAll()
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }

            _clients.Clear();
        }
    }
}
