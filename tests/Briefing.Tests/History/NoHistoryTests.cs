using System.Text.Json;
using Briefing.Tests.SiteBuild;
using Briefing.Tests.Support;

namespace Briefing.Tests.History;

/// <summary>Without its whole git history (a shallow clone, no git at all, or --no-history) a briefing still builds, and says so.</summary>
public sealed class NoHistoryTests
{
    [Fact]
    public void AShallowCloneBuildsAndEveryClaimPageSaysNoHistoryIsAvailable()
    {
        using var origin = HistoryBriefing.TwoCommits();
        var clone = Path.Combine(Path.GetTempPath(), "briefing-history-tests", Guid.NewGuid().ToString("N"));
        try
        {
            GitRepo.GitIn(Path.GetTempPath(), "clone", "-q", "--depth", "1", "file://" + origin.Root, clone);
            using var site = new BuiltSite(clone, history: true);
            Assert.True(site.Result.Succeeded);
            Assert.Equal("No history is available: this site was built from a shallow clone, which lacks the earlier commits.",
                site.Page("claims/buses-approved/index.html").QuerySelector(".history-none")?.TextContent);
            Assert.Empty(site.Page("claims/buses-approved/index.html").QuerySelectorAll("ol.history-list li"));
            Assert.Null(site.Page("claims/index.html").QuerySelector("#filter-since"));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "briefing.json")));
            Assert.Equal("shallow-clone", json.RootElement.GetProperty("commit").GetProperty("status").GetString());
            Assert.Contains("shallow clone", site.Page("changes/index.html").QuerySelector(".history-none")?.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(clone))
            {
                foreach (var f in Directory.EnumerateFiles(clone, "*", SearchOption.AllDirectories))
                {
                    File.SetAttributes(f, FileAttributes.Normal);
                }

                Directory.Delete(clone, recursive: true);
            }
        }
    }

    [Fact]
    public void AFolderOutsideGitBuildsAndSaysItIsNotACheckout()
    {
        using var briefing = TempBriefing.With();
        using var site = new BuiltSite(briefing.RootPath, history: true);
        Assert.True(site.Result.Succeeded);
        Assert.Equal("No history is available: this site was not built from a git checkout.",
            site.Page("claims/buses-approved/index.html").QuerySelector(".history-none")?.TextContent);
        Assert.False(Directory.Exists(Path.Combine(briefing.RootPath, ".briefing-cache", "history")));
    }

    [Fact]
    public void NoHistoryOnTheCommandLineLeavesGitAlone()
    {
        using var git = GitRepo.Create();
        HistoryBriefing.WriteFixed(git);
        git.Write("input/claims/main.yml", HistoryBriefing.Approved(3));
        git.Commit("One", "2024-11-01");
        var output = Path.Combine(git.Root, "output");
        var run = CliRun.Of("build", "--root", git.Root, "--output", output, "--theme", Path.Combine(RepoPaths.Root, "theme"), "--no-history");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("built without reading it", File.ReadAllText(Path.Combine(output, "claims", "buses-approved", "index.html")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(git.Root, ".briefing-cache", "history")));
    }
}
