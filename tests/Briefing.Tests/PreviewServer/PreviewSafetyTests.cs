using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Briefing.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.PreviewServer;

/// <summary>
/// The preview shows unpublished work: it listens on loopback unless told otherwise, keeps every
/// request inside the served site, and holds a bounded number of reload streams. Against the real
/// Kestrel, with requests written byte for byte.
/// </summary>
public sealed class PreviewSafetyTests
{
    // Kestrel removes dot segments and decodes before the handler runs, so several of these arrive
    // looking harmless; the guard reads the target as sent. Each would be 200 or 404 without it.
    private static readonly string[] Escapes =
    [
        "/../../../etc/passwd",
        "/claims/../index.html",
        "/./index.html",
        "/%2e%2e/%2e%2e/input/site.yml",
        "/claims/%2E%2E/index.html",
        "/..%2finput%2fsite.yml",
        "/claims%2f..%2findex.html",
        "/%252e%252e/input/site.yml",
        "/..\\..\\input\\site.yml",
        "/claims\\index.html",
        "/%5c..%5cinput%5csite.yml",
        "/index.html%00.txt",
        "/%c0%ae%c0%ae/input/site.yml",
    ];

    [Fact]
    public async Task APathThatTriesToLeaveTheSiteIsRefused()
    {
        await using var preview = await PreviewFixture.StartAsync();
        foreach (var target in Escapes)
        {
            var (status, body) = await RawHttp.GetAsync(preview.Server.Address, target);
            Assert.True(status == 400, $"{target}: {status}");
            Assert.DoesNotContain("base_url", body, StringComparison.Ordinal);
            Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task OverlongPathsAreRefusedAndOrdinaryOnesServed()
    {
        await using var preview = await PreviewFixture.StartAsync();
        Assert.Equal(200, (await RawHttp.GetAsync(preview.Server.Address, "/claims/")).Status);
        Assert.Equal(200, (await RawHttp.GetAsync(preview.Server.Address, "/claims/index.html?q=a/../b")).Status);
        Assert.Equal(404, (await RawHttp.GetAsync(preview.Server.Address, "/" + new string('a', RequestPathGuard.MaxPathLength - 1))).Status);
        Assert.Equal(414, (await RawHttp.GetAsync(preview.Server.Address, "/" + new string('a', RequestPathGuard.MaxPathLength + 1))).Status);
        Assert.Equal(414, (await RawHttp.GetAsync(preview.Server.Address, "/" + new string('a', 20_000))).Status);
    }

    [Fact]
    public async Task TheFileViewOfAProblemNeverShowsWhatALinkOutsidePointsAt()
    {
        using var outside = new Safety.OutsideFolder();
        await using var preview = await PreviewFixture.StartAsync();
        using var tab = await EventReader.ConnectAsync(preview.Http);
        File.Delete(preview.ClaimsFile);
        File.CreateSymbolicLink(preview.ClaimsFile, outside.File("claims.yml", "- id: a-claim\n"));
        Assert.Equal("status", (await tab.NextAsync(TimeSpan.FromSeconds(10)))?.Name);

        // The problem names the link itself, so the view would open it if it followed links.
        var notice = await preview.Http.GetStringAsync("claims/");
        Assert.Contains("input/claims/deployment.yml(1,1)</code></a>", notice, StringComparison.Ordinal);
        var view = await preview.Http.GetAsync("_briefing/file/input/claims/deployment.yml");
        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.DoesNotContain(Safety.OutsideFolder.Secret, notice + await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadStreamsAreBoundedAndAClosedTabsStreamIsReleased()
    {
        await using var preview = await PreviewFixture.StartAsync();
        var tabs = new List<RawHttp>();
        try
        {
            for (var i = 0; i < ReloadHub.MaxClients; i++)
            {
                var (tab, status) = await RawHttp.OpenAsync(preview.Server.Address, "/_briefing/events");
                tabs.Add(tab);
                Assert.Equal(200, status);
                Assert.True(await tab.ReadUntilAsync(": connected"));
            }

            Assert.Equal(ReloadHub.MaxClients, preview.Server.Hub.ClientCount);
            Assert.Equal(503, (await RawHttp.GetAsync(preview.Server.Address, "/_briefing/events")).Status);
            Assert.Equal(200, (await RawHttp.GetAsync(preview.Server.Address, "/claims/")).Status);

            tabs[0].Dispose();
            tabs.RemoveAt(0);
            await WaitUntil(() => preview.Server.Hub.ClientCount == ReloadHub.MaxClients - 1);
            var (again, againStatus) = await RawHttp.OpenAsync(preview.Server.Address, "/_briefing/events");
            tabs.Add(again);
            Assert.Equal(200, againStatus);
        }
        finally
        {
            tabs.ForEach(t => t.Dispose());
        }

        await WaitUntil(() => preview.Server.Hub.ClientCount == 0);
    }

    [Fact]
    public async Task ByDefaultThePreviewCannotBeReachedFromTheNetwork()
    {
        var external = ExternalAddress();
        Assert.NotNull(external);
        await using var preview = await PreviewFixture.StartAsync();
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(external!, preview.Server.Address.Port));
    }

    [Fact]
    public async Task HostServesOnTheNetworkAndWarnsAboutIt()
    {
        var external = ExternalAddress()!;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "preview", "--root", RepoPaths.Root, "--host", "0.0.0.0", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            var warning = await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Contains("warning: serving on 0.0.0.0", warning, StringComparison.Ordinal);
            Assert.Contains("unpublished", warning, StringComparison.Ordinal);
            while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line && !line.StartsWith("Serving", StringComparison.Ordinal))
            {
            }

            var (status, _) = await RawHttp.GetAsync(new Uri($"http://{external}:{port}/"), "/claims/");
            Assert.Equal(200, status);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("300.1.1.1")]
    public void AHostThatIsNotAnAddressIsACommandLineError(string host)
    {
        var run = CliRun.Of("preview", "--root", RepoPaths.Root, "--host", host);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--host must be an IP address", run.Error, StringComparison.Ordinal);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the condition did not hold within 10 s");
            await Task.Delay(50);
        }
    }

    // This machine's first non-loopback IPv4 address: how another machine would reach the preview.
    private static IPAddress? ExternalAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
