using System.Diagnostics;
using System.Globalization;
using Briefing.Tests.SiteBuild;
using Briefing.Tests.Support;

namespace Briefing.Tests.Safety;

/// <summary>
/// A build killed outright (SIGKILL, no clean-up) at a random moment while it writes the site never
/// costs the previous site: the output stays byte for byte what it was, and the next build succeeds
/// with exactly the bytes of a clean build. Two versions of a generated briefing of a few hundred
/// pages take turns, so a half-swapped site would show.
/// </summary>
public sealed class KilledBuildTests
{
    private const int Kills = 20;
    private const int Sources = 120;

    [Fact]
    public async Task ABuildKilledWhileWritingLeavesThePreviousSiteWhole()
    {
        using var a = Generated("Version A");
        using var b = Generated("Version B");
        var output = Path.Combine(a.RootPath, "output");
        var clean = new[] { await CleanDigest(a), await CleanDigest(b) };
        var versions = new[] { a, b };
        var writeTime = await BuildAsync(a, output);
        var random = new Random(13);
        for (var i = 0; i < Kills; i++)
        {
            var current = i % 2;
            var next = versions[1 - current];
            Assert.Equal(clean[current], OutputTests.Digest(output));

            var (finished, killedAt) = await KillDuringWriteAsync(next, output, TimeSpan.FromTicks((long)(writeTime.Ticks * random.NextDouble())));

            // A build that finished before the kill landed has swapped in the whole new site, which is right too.
            var expected = finished ? clean[1 - current] : clean[current];
            Assert.True(expected.SequenceEqual(OutputTests.Digest(output)), $"kill {i + 1} ({killedAt}) left neither the previous site nor the new one");

            await BuildAsync(next, output);
            Assert.True(clean[1 - current].SequenceEqual(OutputTests.Digest(output)), $"the build after kill {i + 1} differs from a clean build");
            Assert.Empty(Directory.GetDirectories(a.RootPath, ".output.*"));
        }
    }

    // A briefing of a few hundred pages: one source, article and claim per number, in one topic.
    private static TempBriefing Generated(string title)
    {
        var claims = new System.Text.StringBuilder();
        var files = new List<(string, string?)> { ("input/site.yml", $"title: {title}\nbase_url: https://example.org/\n") };
        for (var i = 0; i < Sources; i++)
        {
            var id = $"source-{i:D3}";
            files.Add(($"seeds/{id}.txt", $"Article {i}\nThe council approved {i + 2} new buses on Monday.\n"));
            files.Add(($"input/sources/{id}.yml", $"title: Article {i}\ntext: seeds/{id}.txt\npublished: 2024-10-16\n"));
            claims.Append(CultureInfo.InvariantCulture, $"- id: buses-{i:D3}\n  statement: The council approved {i + 2} buses.\n  topics: [transport]\n  evidence:\n    - source: {id}\n      quote: approved {i + 2} new buses\n");
        }

        files.Add(("input/claims/main.yml", claims.ToString()));
        files.Add(("seeds/article.txt", null));
        files.Add(("input/sources/test-source.yml", null));
        files.Add(("input/topics/transport.md", "---\ntitle: Transport\n---\nSee [the first claim](claim:buses-000).\n"));
        return TempBriefing.With([.. files]);
    }

    private static async Task<SortedDictionary<string, string>> CleanDigest(TempBriefing briefing)
    {
        var folder = Path.Combine(briefing.RootPath, "clean");
        await BuildAsync(briefing, folder);
        return OutputTests.Digest(folder);
    }

    // Runs a build to the end; returns how long its write stage took, from its own timing line.
    private static async Task<TimeSpan> BuildAsync(TempBriefing briefing, string output)
    {
        using var process = Start(briefing, output);
        var lines = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        var write = lines.Split('\n').Single(l => l.TrimStart().StartsWith("write", StringComparison.Ordinal));
        return TimeSpan.FromMilliseconds(double.Parse(write.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
    }

    // Starts a build, waits for the render stage to end (the write stage begins), then kills it after `delay`.
    private static async Task<(bool Finished, string When)> KillDuringWriteAsync(TempBriefing briefing, string output, TimeSpan delay)
    {
        using var process = Start(briefing, output);
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line
            && !line.TrimStart().StartsWith("render", StringComparison.Ordinal))
        {
        }

        await Task.Delay(delay);
        process.Kill();
        await process.WaitForExitAsync();
        var finished = process.ExitCode == 0;
        return (finished, $"{delay.TotalMilliseconds:0} ms into writing{(finished ? ", after the build had finished" : "")}");
    }

    private static Process Start(TempBriefing briefing, string output) =>
        Process.Start(new ProcessStartInfo("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "build", "--root", briefing.RootPath, "--theme", Path.Combine(RepoPaths.Root, "theme"), "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
}
