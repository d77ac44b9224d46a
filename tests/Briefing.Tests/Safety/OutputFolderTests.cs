using Briefing.Safety;
using Briefing.Tests.SiteBuild;
using Briefing.Tests.Support;

namespace Briefing.Tests.Safety;

/// <summary>
/// The build replaces only a folder it made: absent, empty, or carrying its marker. A folder of
/// someone's own files is refused with exit 2 and left exactly as it was; what a killed build left
/// beside the output (its own hidden folders, nothing else) is cleared by the next build.
/// </summary>
public sealed class OutputFolderTests
{
    private static readonly string Theme = Path.Combine(RepoPaths.Root, "theme");

    [Fact]
    public void AFolderOfSomeoneElsesFilesIsRefusedAndKept()
    {
        using var briefing = TempBriefing.With();
        var output = Path.Combine(briefing.RootPath, "mine");
        Directory.CreateDirectory(Path.Combine(output, "photos"));
        File.WriteAllText(Path.Combine(output, "notes.txt"), "my own notes");
        File.WriteAllText(Path.Combine(output, "photos", "a.jpg"), "not really a photo");
        var before = OutputTests.Digest(output);

        var run = Build(briefing, output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'notes.txt'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'photos/'", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was deleted", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, OutputTests.Digest(output));
        Assert.Empty(Directory.GetDirectories(briefing.RootPath, ".mine.*"));
    }

    [Fact]
    public void AFileWhereTheOutputShouldBeIsRefusedAndKept()
    {
        using var briefing = TempBriefing.With();
        var output = Path.Combine(briefing.RootPath, "site");
        File.WriteAllText(output, "a file, not a folder");
        var run = Build(briefing, output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file, not a folder", run.Error, StringComparison.Ordinal);
        Assert.Equal("a file, not a folder", File.ReadAllText(output));
    }

    [Fact]
    public void AnEmptyFolderIsUsedAndTheSiteCarriesTheMarker()
    {
        using var briefing = TempBriefing.With();
        var output = Path.Combine(briefing.RootPath, "site");
        Directory.CreateDirectory(output);
        Assert.Equal(0, Build(briefing, output).ExitCode);
        Assert.Equal(OutputFolderGuard.MarkerText, File.ReadAllText(Path.Combine(output, OutputFolderGuard.MarkerName)));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void TheBuildsOwnOutputIsReplacedEvenWithAFileAddedToIt()
    {
        using var briefing = TempBriefing.With();
        var output = Path.Combine(briefing.RootPath, "site");
        Assert.Equal(0, Build(briefing, output).ExitCode);
        File.WriteAllText(Path.Combine(output, "stray.txt"), "left in the output");
        Assert.Equal(0, Build(briefing, output).ExitCode);
        Assert.False(File.Exists(Path.Combine(output, "stray.txt")));
    }

    [Fact]
    public void RemovingTheMarkerMakesTheFolderSomeoneElses()
    {
        using var briefing = TempBriefing.With();
        var output = Path.Combine(briefing.RootPath, "site");
        Assert.Equal(0, Build(briefing, output).ExitCode);
        File.Delete(Path.Combine(output, OutputFolderGuard.MarkerName));
        Assert.Equal(2, Build(briefing, output).ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void LeftoversOfAKilledBuildAreClearedAndNothingElse()
    {
        using var briefing = TempBriefing.With();
        var root = briefing.RootPath;
        var hex = new string('a', 32);
        var killedWhileWriting = Folder(root, $".output.new-{hex}", (OutputFolderGuard.MarkerName, OutputFolderGuard.MarkerText), ("claims/x/index.html", "<p>half"));
        var killedBeforeTheMarker = Folder(root, $".output.new-{new string('b', 32)}");
        var killedWhileDeleting = Folder(root, $".output.old-{new string('c', 32)}", (OutputFolderGuard.MarkerName, OutputFolderGuard.MarkerText));
        var lookalikeWithoutMarker = Folder(root, $".output.new-{new string('d', 32)}", ("mine.txt", "someone's"));
        var otherName = Folder(root, $".output.new-keep", (OutputFolderGuard.MarkerName, OutputFolderGuard.MarkerText));
        var otherOutput = Folder(root, $".site.new-{hex}", (OutputFolderGuard.MarkerName, OutputFolderGuard.MarkerText));

        Assert.Equal(0, Build(briefing, Path.Combine(root, "output")).ExitCode);
        Assert.False(Directory.Exists(killedWhileWriting));
        Assert.False(Directory.Exists(killedBeforeTheMarker));
        Assert.False(Directory.Exists(killedWhileDeleting));
        Assert.True(File.Exists(Path.Combine(lookalikeWithoutMarker, "mine.txt")));
        Assert.True(Directory.Exists(otherName));
        Assert.True(Directory.Exists(otherOutput));
    }

    [Fact]
    public void ABuildKilledBetweenTheTwoMovesGetsThePreviousSiteBack()
    {
        using var briefing = TempBriefing.With();
        var output = Path.Combine(briefing.RootPath, "output");
        Assert.Equal(0, Build(briefing, output).ExitCode);
        var before = OutputTests.Digest(output);
        var aside = Path.Combine(briefing.RootPath, $".output.old-{new string('e', 32)}");
        Directory.Move(output, aside);

        OutputFolderGuard.ClearLeftovers(output);
        Assert.Equal(before, OutputTests.Digest(output));
        Assert.False(Directory.Exists(aside));
    }

    private static CliRun Build(TempBriefing briefing, string output) =>
        CliRun.Of("build", "--root", briefing.RootPath, "--theme", Theme, "--output", output);

    private static string Folder(string root, string name, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }

        return folder;
    }
}
