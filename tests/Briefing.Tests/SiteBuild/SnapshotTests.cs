using Briefing.Tests.Support;

namespace Briefing.Tests.SiteBuild;

/// <summary>
/// The seed site's pages, compared with a committed snapshot, so that any change to what readers
/// see shows up in review. Rewrite it on a developer's machine with BRIEFING_UPDATE_SNAPSHOTS=1;
/// CI never rewrites it.
/// </summary>
[Collection(SeedSitesGroup.Name)]
public sealed class SnapshotTests(SeedSites sites)
{
    private static readonly string SnapshotRoot = Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "snapshots", "seed-site");

    [Fact]
    public void SeedSiteMatchesTheCommittedSnapshot()
    {
        var built = Files(sites.AtRoot.Output);
        if (Environment.GetEnvironmentVariable("BRIEFING_UPDATE_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Rewrite(sites.AtRoot.Output, built);
        }

        Assert.True(Directory.Exists(SnapshotRoot), "no snapshot yet: run the tests once with BRIEFING_UPDATE_SNAPSHOTS=1");
        var expected = Files(SnapshotRoot);
        Assert.Equal(expected, built);
        var changed = built.Where(f => !File.ReadAllBytes(Path.Combine(SnapshotRoot, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(sites.AtRoot.Output, f)))).ToList();
        Assert.True(changed.Count == 0, $"{changed.Count} files differ from the snapshot, e.g. {string.Join(", ", changed.Take(5))}; if the change is intended, rewrite it with BRIEFING_UPDATE_SNAPSHOTS=1");
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static void Rewrite(string output, IEnumerable<string> files)
    {
        if (Directory.Exists(SnapshotRoot))
        {
            Directory.Delete(SnapshotRoot, recursive: true);
        }

        foreach (var file in files)
        {
            var target = Path.Combine(SnapshotRoot, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(output, file), target);
        }
    }
}
