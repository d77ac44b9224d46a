using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Briefing.Preview;

/// <summary>
/// Where the preview listens. It shows unpublished work, so by default only this machine can reach
/// it (the loopback addresses); another address has to be asked for, and is warned about.
/// </summary>
public static class PreviewBinding
{
    /// <summary>Listens on <paramref name="host"/>, or on loopback when it is null.</summary>
    public static void Listen(KestrelServerOptions kestrel, int port, IPAddress? host)
    {
        if (host is not null)
        {
            kestrel.Listen(host, port);
        }
        else if (port == 0)
        {
            // Port 0 (a free port, for tests) can only be asked of one address.
            kestrel.Listen(IPAddress.Loopback, 0);
        }
        else
        {
            // Both IPv4 and IPv6 loopback, as browsers resolve "localhost" either way.
            kestrel.ListenLocalhost(port);
        }
    }

    /// <summary>The warning to print for <paramref name="host"/>, or null when it is a loopback address.</summary>
    public static string? Warning(IPAddress? host) =>
        host is null || IPAddress.IsLoopback(host)
            ? null
            : $"warning: serving on {host}, not only on this machine: anyone who can reach this address can read the unpublished briefing";

    /// <summary>Reads a --host value: an IP address or "localhost"; null when it is neither.</summary>
    public static IPAddress? Parse(string text) =>
        text.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(text, out var address) ? address
        : null;
}
