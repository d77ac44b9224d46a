using System.Diagnostics;
using System.Globalization;
using Briefing.Generator;
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
    private const int Sources = 12;

    [Fact]
    public async Task ABuildKilledWhileWritingLeavesThePreviousSiteWhole()
    {
        using var a = Generated(1);
        using var b = Generated(2);
        var output = Path.Combine(a.Path, "output");
        var writeTime = WriteTime(await BuildAsync(a, output));
        var clean = new[] { OutputTests.Digest(output), await CleanDigest(b) };
        var versions = new[] { a, b };
        var random = new Random(13);
        var keptPrevious = 0;
        for (var i = 0; i < Kills; i++)
        {
            var current = i % 2;
            var next = versions[1 - current];
            Assert.Equal(clean[current], OutputTests.Digest(output));

            var killedAt = await KillDuringWriteAsync(next, output, TimeSpan.FromTicks((long)(writeTime.Ticks * random.NextDouble())));

            // A kill that lands after the swap (while the old site is deleted, or after the build ended)
            // finds the whole new site in place, which is right too; anything else is a half-written site.
            var left = Directory.Exists(output) ? OutputTests.Digest(output) : null;
            var previous = left is not null && left.SequenceEqual(clean[current]);
            Assert.True(previous || (left is not null && left.SequenceEqual(clean[1 - current])),
                $"kill {i + 1} ({killedAt}) left {(left is null ? "no output folder" : "neither the previous site nor the new one")}");
            keptPrevious += previous ? 1 : 0;

            await BuildAsync(next, output);
            Assert.True(clean[1 - current].SequenceEqual(OutputTests.Digest(output)), $"the build after kill {i + 1} differs from a clean build");
            // The spare folder (the site before last) stays by design; nothing else may be left.
            Assert.DoesNotContain(Directory.GetDirectories(a.Path, ".output.*"), d => Path.GetFileName(d) != ".output.spare");
        }

        // The delays are drawn from the writing of a whole first site, longer than a rebuild's, so most
        // kills land before the swap; if few did, the test would not be testing the writing.
        Assert.True(keptPrevious >= Kills / 4, $"only {keptPrevious} of {Kills} kills landed before the new site was swapped in");
    }

    // 120 claims, about 160 pages and 360 files (ten claims per source); the seed makes the two versions differ.
    private static TempFolder Generated(ulong seed)
    {
        var folder = TempFolder.Create();
        BriefingGenerator.Write(folder.Path, new GeneratorOptions(Sources, Seed: seed));
        return folder;
    }

    private static async Task<SortedDictionary<string, string>> CleanDigest(TempFolder briefing)
    {
        var folder = Path.Combine(briefing.Path, "clean");
        await BuildAsync(briefing, folder);
        return OutputTests.Digest(folder);
    }

    // Runs a build to the end; returns what it printed.
    private static async Task<string> BuildAsync(TempFolder briefing, string output)
    {
        using var process = Start(briefing, output);
        var lines = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return lines;
    }

    // How long a whole build's pages (written as they are rendered) and swap took, from its timing lines.
    private static TimeSpan WriteTime(string lines) => Stage(lines, "pages") + Stage(lines, "swap");

    private static TimeSpan Stage(string lines, string name)
    {
        var line = lines.Split('\n').Single(l => l.TrimStart().StartsWith(name + " ", StringComparison.Ordinal));
        return TimeSpan.FromMilliseconds(double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
    }

    // Starts a build, waits for the link stage to end (pages start being written), then kills it after `delay`.
    private static async Task<string> KillDuringWriteAsync(TempFolder briefing, string output, TimeSpan delay)
    {
        using var process = Start(briefing, output);
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line
            && !line.TrimStart().StartsWith("link", StringComparison.Ordinal))
        {
        }

        await Task.Delay(delay);
        process.Kill();
        await process.WaitForExitAsync();
        return $"{delay.TotalMilliseconds:0} ms into writing{(process.ExitCode == 0 ? ", after the build had finished" : "")}";
    }

    private static Process Start(TempFolder briefing, string output) =>
        Process.Start(new ProcessStartInfo("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "build", "--root", briefing.Path, "--theme", Path.Combine(RepoPaths.Root, "theme"), "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
}
