using System.Net;
using System.Net.Sockets;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// A static host on 127.0.0.1 for a built site, behaving like the production one: pretty URLs
/// (<c>/briefing/claims/x/</c> → <c>claims/x/index.html</c>), a redirect from <c>/claims/x</c> to
/// <c>/claims/x/</c>, content types, the security headers, and 404.html with status 404 for anything
/// else. The site is mounted at <see cref="BasePath"/>; nothing outside it exists.
/// </summary>
internal sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;

    private StaticSiteServer(HttpListener listener, int port, string folder, string basePath)
    {
        _listener = listener;
        Port = port;
        Folder = Path.GetFullPath(folder);
        BasePath = basePath;
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The folder served; it may be filled after the server starts (the build needs the port first).</summary>
    public string Folder { get; }

    /// <summary>Where the site is mounted, "/" or e.g. "/briefing/".</summary>
    public string BasePath { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}{BasePath}");

    /// <summary>Starts a server on a free port; retries when another process takes the port in between.</summary>
    public static StaticSiteServer Start(string folder, string basePath)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new StaticSiteServer(listener, port, folder, basePath);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            foreach (var (name, value) in SecurityHeaders.All)
            {
                response.Headers[name] = value;
            }

            var path = context.Request.Url?.AbsolutePath ?? "/";
            var file = FileFor(path);
            if (file is null && DirectoryFor(path) is not null)
            {
                response.StatusCode = 301;
                response.RedirectLocation = path + "/" + context.Request.Url?.Query;
                return;
            }

            response.StatusCode = file is null ? 404 : 200;
            file ??= Path.Combine(Folder, "404.html");
            response.ContentType = Briefing.Preview.ContentTypes.Of(file);
            response.Headers["Cache-Control"] = "no-cache";
            var bytes = File.Exists(file) ? File.ReadAllBytes(file) : "Not found"u8.ToArray();
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod != "HEAD")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            // The browser went away mid-response (a navigation cancelled it): nothing to do.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
            {
                // Same: the connection is already gone.
            }
        }
    }

    /// <summary>The file a URL path names, or null; never anything outside <see cref="Folder"/>.</summary>
    private string? FileFor(string urlPath)
    {
        var local = LocalPath(urlPath);
        if (local is null)
        {
            return null;
        }

        var file = urlPath.EndsWith('/') ? Path.Combine(local, "index.html") : local;
        return File.Exists(file) ? file : null;
    }

    private string? DirectoryFor(string urlPath)
    {
        var local = LocalPath(urlPath);
        return local is not null && !urlPath.EndsWith('/') && File.Exists(Path.Combine(local, "index.html")) ? local : null;
    }

    private string? LocalPath(string urlPath)
    {
        if (!urlPath.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(urlPath[BasePath.Length..]);
        var local = Path.GetFullPath(Path.Combine(Folder, relative));
        var inside = local == Folder || local.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? local : null;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
