using System.Net.Sockets;
using System.Text;

namespace Briefing.Tests.PreviewServer;

/// <summary>
/// HTTP/1.1 over a bare socket, so a test can send a request target exactly as written (an
/// HttpClient would normalise "..", encodings and backslashes before they ever left the test).
/// </summary>
internal sealed class RawHttp : IDisposable
{
    private readonly TcpClient _client;
    private readonly StreamReader _reader;

    private RawHttp(TcpClient client)
    {
        _client = client;
        _reader = new StreamReader(client.GetStream(), Encoding.Latin1);
    }

    /// <summary>Sends <c>GET target</c> and reads the status line and headers.</summary>
    public static async Task<(RawHttp Connection, int Status)> OpenAsync(Uri server, string target)
    {
        var client = new TcpClient();
        await client.ConnectAsync(server.Host == "localhost" ? "127.0.0.1" : server.Host, server.Port);
        var connection = new RawHttp(client);
        var request = Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        await client.GetStream().WriteAsync(request);
        var status = await connection._reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) ?? "";
        while (!string.IsNullOrEmpty(await connection._reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10))))
        {
        }

        return (connection, int.Parse(status.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>One request: its status and whole body.</summary>
    public static async Task<(int Status, string Body)> GetAsync(Uri server, string target)
    {
        var (connection, status) = await OpenAsync(server, target);
        using (connection)
        {
            return (status, await connection._reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }

    /// <summary>Reads the body of a stream that stays open (chunked, so with chunk sizes between) until <paramref name="line"/> arrives.</summary>
    public async Task<bool> ReadUntilAsync(string line)
    {
        while (await _reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) is { } next)
        {
            if (next == line)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _client.Dispose();
    }
}
