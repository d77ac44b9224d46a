using Briefing.Site.Theme.Files;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary><c>briefing theme eject</c> copies the whole built-in theme out, and never overwrites.</summary>
public sealed class ThemeEjectTests
{
    [Fact]
    public void EjectCopiesEveryBuiltInFileIntoRootTheme()
    {
        using var briefing = TempBriefing.With();
        var run = CliRun.Of("theme", "eject", "--root", briefing.RootPath);
        Assert.Equal(0, run.ExitCode);
        Assert.All(BuiltInTheme.Files, f => Assert.Equal(f.Read(), File.ReadAllBytes(Path.Combine(briefing.RootPath, "theme", f.Path))));
        Assert.Equal(0, ThemeResolutionTests.Build(briefing).ExitCode);
    }

    [Fact]
    public void EjectRefusesToOverwriteAndWritesNothing()
    {
        using var briefing = TempBriefing.With(("theme/templates/page.sbn", "mine"));
        var run = CliRun.Of("theme", "eject", "--root", briefing.RootPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/page.sbn", run.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(briefing.RootPath, "theme", "templates", "page.sbn")));
        Assert.Single(Directory.GetFiles(Path.Combine(briefing.RootPath, "theme"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void EjectIntoAnotherFolder()
    {
        using var briefing = TempBriefing.With();
        var target = Path.Combine(briefing.RootPath, "copy");
        Assert.Equal(0, CliRun.Of("theme", "eject", target, "--root", briefing.RootPath).ExitCode);
        Assert.True(File.Exists(Path.Combine(target, "templates", "layout.sbn")));
        Assert.False(Directory.Exists(Path.Combine(briefing.RootPath, "theme")));
    }
}
