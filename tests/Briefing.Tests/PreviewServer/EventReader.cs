namespace Briefing.Tests.PreviewServer;

/// <summary>A connected tab: reads the preview's server-sent events as a browser's EventSource would.</summary>
public sealed class EventReader : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>Opens a stream; <paramref name="page"/> is the tab's location.pathname, as reload.js sends it (none when null).</summary>
    public static async Task<EventReader> ConnectAsync(HttpClient http, string? page = null)
    {
        var target = page is null ? "_briefing/events" : "_briefing/events?page=" + Uri.EscapeDataString(page);
        var response = await http.GetAsync(target, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());
        return new EventReader(response, reader);
    }

    /// <summary>The next event's name and data, or null when none comes in time.</summary>
    public async Task<(string Name, string Data)?> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? name = null;
        var data = new List<string>();
        try
        {
            while (await _reader.ReadLineAsync(cancel.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line[6..]);
                }
                else if (line.Length == 0 && name is not null)
                {
                    return (name, string.Join('\n', data));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
