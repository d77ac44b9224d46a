namespace Briefing.Preview;

/// <summary>
/// The open browser tabs, as server-sent-event streams. After a build that rendered, a tab is told
/// to reload only when what it shows changed, and otherwise gets the build's status (so a notice of
/// problems that are now fixed goes away); after a build with errors every tab gets the status and
/// the last good site stays.
/// </summary>
public sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<ReloadTab> _tabs = [];

    /// <summary>How many tabs are listening.</summary>
    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _tabs.Count;
            }
        }
    }

    /// <summary>
    /// The most tabs served at once: each open stream holds a connection, so without a bound a page
    /// (or anyone who can reach the preview) could open streams until the server runs out.
    /// </summary>
    public const int MaxClients = 32;

    /// <summary>Registers a tab showing <paramref name="page"/> (a site path, or null when unknown). Null when <see cref="MaxClients"/> are open.</summary>
    public ReloadTab? TryConnect(string? page)
    {
        var tab = new ReloadTab(page);
        lock (_gate)
        {
            if (_tabs.Count >= MaxClients)
            {
                return null;
            }

            _tabs.Add(tab);
        }

        return tab;
    }

    /// <summary>Forgets a tab that closed.</summary>
    public void Disconnect(ReloadTab tab)
    {
        lock (_gate)
        {
            _tabs.Remove(tab);
        }

        tab.Close();
    }

    /// <summary>Sends one event to every tab.</summary>
    public void Broadcast(string eventName, string data)
    {
        var message = Format(eventName, data);
        lock (_gate)
        {
            _tabs.ForEach(tab => tab.Send(message));
        }
    }

    /// <summary>
    /// After a build that rendered: "reload" (with <paramref name="reloadData"/>) to each tab that
    /// <paramref name="change"/> reloads, "status" (with <paramref name="statusJson"/>) to the others.
    /// Returns how many tabs were told to reload.
    /// </summary>
    public int Announce(SiteChange change, string reloadData, string statusJson)
    {
        var reload = Format("reload", reloadData);
        var status = Format("status", statusJson);
        var reloaded = 0;
        lock (_gate)
        {
            foreach (var tab in _tabs)
            {
                var reloads = change.Reloads(tab.Page);
                reloaded += reloads ? 1 : 0;
                tab.Send(reloads ? reload : status);
            }
        }

        return reloaded;
    }

    /// <summary>Ends every stream, so that the server can stop at once.</summary>
    public void CloseAll()
    {
        lock (_gate)
        {
            _tabs.ForEach(tab => tab.Close());
            _tabs.Clear();
        }
    }

    // One event in the text/event-stream format; each line of the data needs its own "data:" field.
    private static string Format(string eventName, string data) =>
        $"event: {eventName}\ndata: {data.Replace("\n", "\ndata: ", StringComparison.Ordinal)}\n\n";
}
