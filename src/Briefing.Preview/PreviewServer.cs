using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Briefing.Build;
using Briefing.Build.Stages;
using Briefing.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Preview;

/// <summary>
/// <c>briefing preview</c>: builds the site in memory, serves it on Kestrel, watches the content and
/// the theme, rebuilds after each change and tells the open tabs whose page changed to reload. A build
/// with errors leaves the last good site served and shows its problems in the terminal and on the page.
/// </summary>
public sealed class PreviewServer(BuildOptions options, int port, TextWriter log) : IAsyncDisposable
{
    // How long the watcher waits after the last change before building. An editor's save (temp file,
    // rename, touch) raises its events within a few milliseconds, and a build that still caught half a
    // save would be followed by one more (see Rebuild); every millisecond here is paid on each save.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
    private readonly SemaphoreSlim _building = new(1, 1);
    private WebApplication? _app;
    private ContentWatcher? _watcher;
    private int _pending;
    private RenderedSite? _rendered;

    /// <summary>What is being served.</summary>
    public PreviewState State { get; } = new();

    /// <summary>The open tabs.</summary>
    public ReloadHub Hub { get; } = new();

    /// <summary>The address to listen on instead of loopback (<c>--host</c>); null for this machine only.</summary>
    public IPAddress? Host { get; init; }

    /// <summary>Where the site is served, once started.</summary>
    public Uri Address { get; private set; } = new($"http://localhost:{port}/");

    /// <summary>Starts serving, builds once, then watches input/, seeds/ and theme/.</summary>
    public async Task StartAsync(CancellationToken cancellation)
    {
        _app = CreateApp();
        await _app.StartAsync(cancellation);
        var bound = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Address = new Uri($"http://{AddressHost()}:{bound.Port}/");
        Rebuild();
        string[] watched = [Path.Combine(options.Root, "input"), Path.Combine(options.Root, "seeds"), options.Theme];
        _watcher = new ContentWatcher(watched, Quiet, Rebuild, log.WriteLine);
        log.WriteLine($"Serving {Address} — watching input/, seeds/ and the theme. Press Ctrl+C to stop.");
    }

    /// <summary>
    /// Builds now, unless a build is running: then that build runs once more when it ends. Builds never
    /// overlap, and a burst of saves costs at most two builds.
    /// </summary>
    public void Rebuild()
    {
        Volatile.Write(ref _pending, 1);
        while (_building.Wait(0))
        {
            try
            {
                while (Interlocked.Exchange(ref _pending, 0) == 1)
                {
                    BuildOnce();
                }
            }
            finally
            {
                _building.Release();
            }

            // A change that arrived between the last check and the release is built here, not lost.
            if (Volatile.Read(ref _pending) == 0)
            {
                break;
            }
        }
    }

    private void BuildOnce()
    {
        var clock = Stopwatch.StartNew();
        // The site served now lets the build keep every page whose render key is unchanged.
        var (result, site, diagnostics) = BuildPipeline.Render(options with { BaseUrl = Address }, previous: _rendered);
        _rendered = site ?? _rendered;
        var problems = diagnostics.Sorted();
        var change = State.Accept(site, problems);
        foreach (var d in problems)
        {
            log.WriteLine(DiagnosticFormatter.ToCanonical(d));
        }

        if (change is null)
        {
            log.WriteLine($"{DiagnosticFormatter.Summary(problems)}: still serving the last good build");
            Hub.Broadcast("status", StatusJson());
            return;
        }

        // Only the tabs whose page changed reload; the others get the status, which clears a notice
        // of problems this build fixed. The tabs are told before the terminal, to reload sooner.
        var elapsed = clock.ElapsedMilliseconds;
        Hub.Announce(change, State.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture), StatusJson());
        log.WriteLine($"rebuilt {result.PagesWritten} pages, {result.PagesRendered} rendered, in {elapsed} ms ({change.PageCount} changed)");
    }

    /// <summary>The latest build's problems, for the page's notice (docs/editing.md describes the fields).</summary>
    public string StatusJson() => PreviewStatus.Json(State);

    private WebApplication CreateApp()
    {
        var builder = PreviewHostBuilder.Create();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));

        builder.WebHost.UseKestrel(k => PreviewBinding.Listen(k, port, Host));
        var app = builder.Build();
        app.MapGet(SiteRequestHandler.ScriptPath, () => Results.Text(PreviewAssets.ReloadScript, "text/javascript; charset=utf-8"));
        app.MapGet("/_briefing/notice.css", () => Results.Text(PreviewAssets.NoticeStyles, "text/css; charset=utf-8"));
        app.MapGet("/_briefing/status", () => Results.Text(StatusJson(), "application/json; charset=utf-8"));
        app.MapGet("/_briefing/events", (HttpContext context) => EventStream.Serve(context, Hub));
        app.MapGet(PreviewFileView.Prefix + "{**file}", (HttpContext context) => PreviewFileView.Handle(context, options.Root, State.Problems));
        // A routed fallback, not app.Run: terminal middleware would run before the endpoints above.
        app.MapFallback("{*path}", context => SiteRequestHandler.Handle(context, State));
        return app;
    }

    // Links in the preview use this host: a wildcard address is not one a browser can open.
    private string AddressHost() =>
        Host is null || IPAddress.IsLoopback(Host) || Host.Equals(IPAddress.Any) || Host.Equals(IPAddress.IPv6Any) ? "localhost"
        : Host.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{Host}]" : Host.ToString();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();

        // Open event streams would hold the server's shutdown up; end them first.
        Hub.CloseAll();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _building.Dispose();
    }
}
