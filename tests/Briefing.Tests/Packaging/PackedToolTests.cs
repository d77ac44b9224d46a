using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefing.Tests.Support;

namespace Briefing.Tests.Packaging;

/// <summary>
/// The packed tool, installed the way a newsroom installs it, works in an empty folder with no file of this
/// repository: init, a strict validation that reports only init's placeholders, build and preview; it prints
/// its version and the format reference; a local tool manifest installs it too; and nothing it carries or
/// writes has the seed briefing's words in it.
/// </summary>
public sealed class PackedToolTests(PackedTool tool) : IClassFixture<PackedTool>
{
    /// <summary>Words of the seed briefing that must never travel into another newsroom's briefing.</summary>
    private static readonly string[] SeedWords =
        ["North Korea", "Korean", "Kursk", "DPRK", "dprk", "Budanov", "Ukrain", "Russia", "Kyiv", "Zelensk", "Pyongyang", "Sumy", "General Staff"];

    [Fact]
    public void VersionAndFormatReference()
    {
        var folder = tool.NewFolder();
        var version = tool.Briefing(folder, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Equal($"{tool.Version} (briefing format version {FormatVersion.Current})", version.Output.Trim());
        var docs = tool.Briefing(folder, "docs", "format");
        Assert.Equal(0, docs.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "format.md")).ReplaceLineEndings("\n"), docs.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task InitValidateBuildAndPreviewInAnEmptyFolder()
    {
        var folder = tool.NewFolder();
        tool.Briefing(folder, "init").AssertSucceeded("briefing init");

        var strict = tool.Briefing(folder, "validate", "--strict");
        Assert.Equal(1, strict.ExitCode);
        var problems = strict.Error.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": error ", StringComparison.Ordinal));
        Assert.All(problems, l => Assert.StartsWith("input/site.yml(", l, StringComparison.Ordinal));
        Assert.Equal(2, problems.Count(l => l.Contains("warning BRF110:", StringComparison.Ordinal)));

        tool.Briefing(folder, "build").AssertSucceeded("briefing build");
        Assert.True(File.Exists(Path.Combine(folder, "output", "claims", "library-opens-on-sundays", "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, "output", "brief", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(folder, "theme")));

        await AssertPreviewServesAsync(folder);
    }

    [Fact]
    public void ALocalToolManifestInstallsAndRunsIt()
    {
        var folder = tool.NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, ".config"));
        File.WriteAllText(Path.Combine(folder, ".config", "dotnet-tools.json"), "{\n  \"version\": 1,\n  \"isRoot\": true,\n  \"tools\": {}\n}\n");
        tool.Run("dotnet", ["tool", "install", "--local", "briefing", "--version", tool.Version, "--configfile", tool.ConfigFile], folder)
            .AssertSucceeded("dotnet tool install --local");
        Assert.Contains("\"briefing\"", File.ReadAllText(Path.Combine(folder, ".config", "dotnet-tools.json")), StringComparison.Ordinal);
        // As a fresh clone would: restore the manifest's tools (from the local feed only), then run.
        tool.Run("dotnet", ["tool", "restore", "--configfile", tool.ConfigFile], folder).AssertSucceeded("dotnet tool restore");
        var version = tool.Run("dotnet", ["tool", "run", "briefing", "--version"], folder);
        version.AssertSucceeded("dotnet tool run briefing");
        Assert.StartsWith(tool.Version + " ", version.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingTheToolCarriesOrWritesHasSeedWords()
    {
        var folder = tool.NewFolder();
        tool.Briefing(folder, "init", "--title", "Example", "--base-url", "https://example.org/").AssertSucceeded("briefing init");
        File.WriteAllText(Path.Combine(folder, "seeds", "second.txt"), "The second article\nThe museum will close for repairs in June, the director said.\n");
        tool.Briefing(folder, "new", "source", "seeds/second.txt").AssertSucceeded("new source");
        tool.Briefing(folder, "new", "claim").AssertSucceeded("new claim");
        tool.Briefing(folder, "new", "event").AssertSucceeded("new event");
        tool.Briefing(folder, "new", "topic", "museum").AssertSucceeded("new topic");
        tool.Briefing(folder, "theme", "eject").AssertSucceeded("theme eject");

        var written = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(written, f => f.EndsWith("claims.schema.json", StringComparison.Ordinal));
        var found = written.Concat(tool.InstalledFiles)
            .SelectMany(f => SeedWordsIn(File.ReadAllBytes(f)).Select(w => $"{Path.GetRelativePath(tool.Root, f)}: {w}"))
            .ToList();
        Assert.True(found.Count == 0, string.Join('\n', found));
        Assert.Empty(SeedWordsIn(Encoding.UTF8.GetBytes(tool.Briefing(folder, "--help").Output)));
    }

    [Fact]
    public void TheSeedWordCheckFindsSeedWordsInEitherEncoding()
    {
        // Guards the check itself: assemblies keep string literals in UTF-16, embedded files in UTF-8.
        Assert.Equal(["Kursk"], SeedWordsIn(Encoding.UTF8.GetBytes("near Kursk")));
        Assert.Equal(["Kursk"], SeedWordsIn(Encoding.Unicode.GetBytes("near Kursk")));
    }

    private static List<string> SeedWordsIn(byte[] bytes) =>
        [.. SeedWords.Where(w => Contains(bytes, Encoding.UTF8.GetBytes(w)) || Contains(bytes, Encoding.Unicode.GetBytes(w)))];

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private async Task AssertPreviewServesAsync(string folder)
    {
        var port = FreePort();
        using var preview = System.Diagnostics.Process.Start(tool.StartInfo(tool.Executable, ["preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], folder))!;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            string? home = null;
            while (home is null && DateTime.UtcNow < deadline && !preview.HasExited)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri($"http://localhost:{port}/"));
                    home = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }

            Assert.NotNull(home);
            Assert.Contains("The library&#39;s opening hours", home, StringComparison.Ordinal);
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
