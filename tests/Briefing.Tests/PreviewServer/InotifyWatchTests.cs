using System.Diagnostics;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.PreviewServer;

/// <summary>
/// The preview watches input/, seeds/ and the theme, and nothing else: started from a working folder
/// that holds a large tree, it sets no watch on that tree. Before the fix, the web host's config reload
/// watched the working folder recursively, one inotify watch per folder, until the per-user limit ran out.
/// Counted from the preview process's inotify file descriptors in /proc, so it runs on Linux only.
/// </summary>
public sealed class InotifyWatchTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "briefing-tests", "cwd-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ThePreviewSetsWatchesOnTheBriefingAndTheThemeOnly()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // inotify and /proc are Linux's; elsewhere the file watcher works differently.
        }

        for (var i = 0; i < 400; i++)
        {
            Directory.CreateDirectory(Path.Combine(_work, "old-output", $"page-{i}", "assets"));
        }

        using var briefing = TempBriefing.With();
        var theme = Path.Combine(RepoPaths.Root, "theme");
        using var preview = Start(briefing.RootPath, theme);
        try
        {
            await WaitForServing(preview);
            var expected = new[] { Path.Combine(briefing.RootPath, "input"), Path.Combine(briefing.RootPath, "seeds"), theme }
                .Sum(d => 1 + Directory.GetDirectories(d, "*", SearchOption.AllDirectories).Length);

            var watches = InotifyWatches(preview.Id);

            Assert.InRange(watches, expected, expected + 5);
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
        }
    }

    private Process Start(string root, string theme)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { typeof(CliApp).Assembly.Location, "preview", "--root", root, "--theme", theme, "--port", Random.Shared.Next(20000, 60000).ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task WaitForServing(Process preview)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await preview.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Serving", StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail("the preview stopped before serving: " + await preview.StandardError.ReadToEndAsync());
    }

    // Each inotify descriptor's fdinfo lists one "inotify wd:" line per watch.
    private static int InotifyWatches(int pid) =>
        Directory.GetFiles($"/proc/{pid}/fdinfo").Sum(f =>
        {
            try
            {
                return File.ReadLines(f).Count(l => l.StartsWith("inotify wd:", StringComparison.Ordinal));
            }
            catch (IOException)
            {
                return 0; // a descriptor closed while being read
            }
        });

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
