using Briefing.Tests.Support;

namespace Briefing.Tests.SiteBuild;

/// <summary>
/// The seed site's pages, compared with a committed snapshot, so that any change the code or the
/// theme makes to what readers see shows up in review. It is built from a frozen copy of the seed
/// briefing (fixtures/seed-snapshot), so editors changing the live content never break it.
/// Rewrite it on a developer's machine with BRIEFING_UPDATE_SNAPSHOTS=1; CI never rewrites it.
/// </summary>
public sealed class SnapshotTests : IDisposable
{
    private static readonly string SnapshotRoot = Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "snapshots", "seed-site");

    private readonly BuiltSite _site = new(Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "fixtures", "seed-snapshot"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void SeedSiteMatchesTheCommittedSnapshot()
    {
        var sites = new { AtRoot = _site };
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
