using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefing.Tests.Support;

namespace Briefing.Tests.PreviewServer;

/// <summary>The real executable: `briefing preview` serves on the port it is given and stops cleanly on Ctrl+C.</summary>
public sealed class PreviewCommandTests
{
    [Fact]
    public async Task PreviewServesOnItsPortAndStopsOnInterrupt()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "preview", "--root", RepoPaths.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))) is not null && !line.StartsWith("Serving", StringComparison.Ordinal))
            {
            }

            Assert.StartsWith("Serving http://localhost:" + port, line, StringComparison.Ordinal);
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://127.0.0.1:{port}/claims/")).StatusCode);

            var clock = Stopwatch.StartNew();
            Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            Assert.True(process.WaitForExit(10_000), "the preview did not stop within 10 s of Ctrl+C");
            Assert.Equal(0, process.ExitCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {clock.ElapsedMilliseconds} ms");
            Assert.DoesNotContain("Exception", await stderr, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void ATakenPortIsAClearCommandLineError()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var run = CliRun.Of("preview", "--root", RepoPaths.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot serve on port {port}", run.Error, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
