using System.Security.Cryptography;
using Briefing.Tests.Support;

namespace Briefing.Tests.SiteBuild;

/// <summary>Builds are byte-for-byte deterministic, and a failed build never touches the previous output.</summary>
public sealed class OutputTests
{
    [Fact]
    public void TwoBuildsOfTheSameInputAreByteIdentical()
    {
        using var first = new BuiltSite(RepoPaths.Root);
        using var second = new BuiltSite(RepoPaths.Root);
        Assert.True(first.Result.Succeeded && second.Result.Succeeded);
        var a = Digest(first.Output);
        Assert.Equal(a, Digest(second.Output));
        Assert.True(a.Count > 100, $"{a.Count} files");
    }

    [Fact]
    public void AFailedBuildLeavesThePreviousOutputUntouched()
    {
        using var briefing = TempBriefing.With();
        var output = Path.Combine(briefing.RootPath, "output");
        var good = CliRun.Of("build", "--root", briefing.RootPath, "--theme", Path.Combine(RepoPaths.Root, "theme"));
        Assert.Equal(0, good.ExitCode);
        var before = Digest(output);

        File.WriteAllText(Path.Combine(briefing.RootPath, "input", "claims", "main.yml"), TempBriefing.Claims.Replace("12 new", "twelve new", StringComparison.Ordinal));
        var bad = CliRun.Of("build", "--root", briefing.RootPath, "--theme", Path.Combine(RepoPaths.Root, "theme"));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("error BRF012", bad.Error, StringComparison.Ordinal);
        Assert.Equal(before, Digest(output));
        Assert.Empty(Directory.GetDirectories(briefing.RootPath, ".output.*"));
    }

    [Fact]
    public void ABrokenTemplateFailsTheBuildNamingItsFileAndLine()
    {
        using var briefing = TempBriefing.With();
        var theme = Path.Combine(briefing.RootPath, "theme");
        CopyFolder(Path.Combine(RepoPaths.Root, "theme"), theme);
        File.WriteAllText(Path.Combine(theme, "templates", "claim.sbn"), "<p>ok</p>\n{{ page.no_such_member }}\n");
        var run = CliRun.Of("build", "--root", briefing.RootPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme/templates/claim.sbn(2,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error BRF201", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(briefing.RootPath, "output")));

        File.WriteAllText(Path.Combine(theme, "templates", "claim.sbn"), "<p>ok</p>\n{{ if }}\n");
        var syntax = CliRun.Of("build", "--root", briefing.RootPath);
        Assert.Contains("theme/templates/claim.sbn(2,", syntax.Error, StringComparison.Ordinal);
        Assert.Contains("error BRF200", syntax.Error, StringComparison.Ordinal);

        // Without the file, the built-in theme's claim template is used again.
        File.Delete(Path.Combine(theme, "templates", "claim.sbn"));
        Assert.Equal(0, CliRun.Of("build", "--root", briefing.RootPath).ExitCode);
    }

    [Fact]
    public void AnUnwritableOutputIsReportedAndLosesNothing()
    {
        using var briefing = TempBriefing.With();
        var blocker = Path.Combine(briefing.RootPath, "not-a-folder");
        File.WriteAllText(blocker, "a file where the output's parent folder should be");
        var run = CliRun.Of("build", "--root", briefing.RootPath, "--theme", Path.Combine(RepoPaths.Root, "theme"), "--output", Path.Combine(blocker, "site"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF203", run.Error, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace, run.Error);
    }

    [Fact]
    public void OutputThatWouldReplaceTheBriefingIsRefused()
    {
        using var briefing = TempBriefing.With();
        var run = CliRun.Of("build", "--root", briefing.RootPath, "--output", briefing.RootPath);
        Assert.Equal(2, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(briefing.RootPath, "input", "site.yml")));
    }

    internal static SortedDictionary<string, string> Digest(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
