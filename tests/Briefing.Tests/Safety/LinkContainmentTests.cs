using Briefing.Tests.Support;

namespace Briefing.Tests.Safety;

/// <summary>
/// Content arrives in pull requests, so a symbolic link in it is hostile until shown otherwise:
/// every file the build reads must resolve inside the briefing's root. A link that leads out is an
/// error naming the link, and what lies behind it (content, even file names) never reaches a message
/// or the site. Each outside file holds a text that would pass the checks, so reading it would show.
/// </summary>
public sealed class LinkContainmentTests
{
    private static readonly string Theme = Path.Combine(RepoPaths.Root, "theme");

    [Fact]
    public void AnAbsoluteLinkToAFileOutsideIsAnErrorNamingTheLink()
    {
        using var outside = new OutsideFolder();
        using var briefing = TempBriefing.With(("seeds/article.txt", null));
        Link(briefing, "seeds/article.txt", outside.File("passwd", TempBriefing.Article));
        AssertRefused(briefing, "input/sources/test-source.yml(2,7): error BRF017: 'seeds/article.txt' is a link that leads outside");
    }

    [Fact]
    public void ARelativeLinkOutOfTheRootIsRefused()
    {
        using var outside = new OutsideFolder();
        using var briefing = TempBriefing.With(("seeds/article.txt", null));
        var target = outside.File("article.txt", TempBriefing.Article);
        Link(briefing, "seeds/article.txt", Path.GetRelativePath(Path.Combine(briefing.RootPath, "seeds"), target));
        Assert.False(Path.IsPathRooted(new FileInfo(Path.Combine(briefing.RootPath, "seeds/article.txt")).LinkTarget));
        AssertRefused(briefing, "error BRF017: 'seeds/article.txt' is a link that leads outside");
    }

    [Fact]
    public void AChainOfLinksThatEndsOutsideNamesTheLinkTheContentNames()
    {
        using var outside = new OutsideFolder();
        using var briefing = TempBriefing.With(("seeds/article.txt", null));
        Link(briefing, "seeds/middle.txt", outside.File("environ", TempBriefing.Article));
        Link(briefing, "seeds/article.txt", "middle.txt");
        AssertRefused(briefing, "error BRF017: 'seeds/article.txt' is a link that leads outside");
    }

    [Fact]
    public void ALinkedFolderOutsideIsRefusedWithoutListingIt()
    {
        using var outside = new OutsideFolder();
        outside.File("seeds/article.txt", TempBriefing.Article);
        using var briefing = TempBriefing.With(("seeds/article.txt", null));
        Link(briefing, "seeds", Path.Combine(outside.Path, "seeds"));
        AssertRefused(briefing, "error BRF017: 'seeds' is a link that leads outside");
    }

    [Fact]
    public void ALinkedInputFolderOutsideIsReportedOnceAndNothingInItIsNamed()
    {
        using var outside = new OutsideFolder();
        outside.File("claims/secret-file-name.yml", TempBriefing.Claims);
        using var briefing = TempBriefing.With(("input/claims/main.yml", null));
        Link(briefing, "input/claims", Path.Combine(outside.Path, "claims"));
        var run = AssertRefused(briefing, "input/claims(1,1): error BRF017: 'input/claims' is a link that leads outside");
        Assert.DoesNotContain("secret-file-name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkedInputFileOutsideIsRefused()
    {
        using var outside = new OutsideFolder();
        using var briefing = TempBriefing.With(("input/claims/main.yml", null));
        Link(briefing, "input/claims/main.yml", outside.File("claims.yml", "\n" + TempBriefing.Claims));
        AssertRefused(briefing, "input/claims/main.yml(1,1): error BRF017");
    }

    [Fact]
    public void AThemeAssetThatLinksOutsideFailsTheBuildAndIsNotPublished()
    {
        using var outside = new OutsideFolder();
        using var briefing = TempBriefing.With();
        CopyFolder(Theme, Path.Combine(briefing.RootPath, "theme"));
        Link(briefing, "theme/assets/extra.css", outside.File("id_rsa"));
        var run = CliRun.Of("build", "--root", briefing.RootPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme/assets/extra.css(1,1): error BRF017: 'theme/assets/extra.css' is a link that leads outside", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(OutsideFolder.Secret, run.Error + run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(briefing.RootPath, "output")));
    }

    [Fact]
    public void AThemeTemplateFolderThatLinksOutsideIsRefused()
    {
        using var outside = new OutsideFolder();
        using var briefing = TempBriefing.With();
        var theme = Path.Combine(briefing.RootPath, "theme");
        CopyFolder(Theme, theme);
        CopyFolder(Path.Combine(Theme, "templates"), Path.Combine(outside.Path, "templates"));
        Directory.Delete(Path.Combine(theme, "templates"), recursive: true);
        Link(briefing, "theme/templates", Path.Combine(outside.Path, "templates"));
        var run = CliRun.Of("build", "--root", briefing.RootPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF017: 'theme/templates' is a link that leads outside", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateInAThemeNamedOnTheCommandLineMayNotLinkOutOfThatTheme()
    {
        using var outside = new OutsideFolder();
        using var theme = TempBriefing.With();
        CopyFolder(Theme, Path.Combine(theme.RootPath, "t"));
        File.Delete(Path.Combine(theme.RootPath, "t", "templates", "claim.sbn"));
        File.CreateSymbolicLink(Path.Combine(theme.RootPath, "t", "templates", "claim.sbn"), outside.File("claim.sbn"));
        using var briefing = TempBriefing.With();
        var run = CliRun.Of("build", "--root", briefing.RootPath, "--theme", Path.Combine(theme.RootPath, "t"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/t/templates/claim.sbn(1,1): error BRF017", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(OutsideFolder.Secret, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkIntoTheGitFolderIsRefusedThoughItStaysInsideTheRoot()
    {
        // In CI, actions/checkout keeps its access token in .git/config: a quote's "nearest passage" would print it.
        using var briefing = TempBriefing.With(("seeds/article.txt", null), (".git/config", $"[http]\n\textraheader = AUTHORIZATION: basic {OutsideFolder.Secret}\n{TempBriefing.Article}"));
        Link(briefing, "seeds/article.txt", "../.git/config");
        AssertRefused(briefing, "error BRF017: 'seeds/article.txt' leads into the briefing's .git folder");
    }

    [Fact]
    public void AHistoryCacheThatLinksOutsideIsNeitherReadNorWrittenThrough()
    {
        using var outside = new OutsideFolder();
        using var git = History.HistoryBriefing.TwoCommits();
        Directory.CreateSymbolicLink(Path.Combine(git.Root, ".briefing-cache"), outside.Path);
        var run = CliRun.Of("build", "--root", git.Root, "--output", Path.Combine(git.Root, "output"), "--theme", Theme);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("buses-approved", File.ReadAllText(Path.Combine(git.Root, "output", "changes.xml")), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Path));
    }

    [Fact]
    public void LinksThatStayInsideTheBriefingAreFollowed()
    {
        using var briefing = TempBriefing.With(("seeds/article.txt", null), ("seeds/originals/article.txt", TempBriefing.Article));
        Link(briefing, "seeds/article.txt", "originals/article.txt");
        Directory.CreateSymbolicLink(Path.Combine(briefing.RootPath, "seeds", "same"), Path.Combine(briefing.RootPath, "seeds", "originals"));
        var run = CliRun.Of("validate", "--root", briefing.RootPath);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void AFolderLinkBackToItsParentIsReportedNotWalkedForEver()
    {
        using var briefing = TempBriefing.With();
        Directory.CreateSymbolicLink(Path.Combine(briefing.RootPath, "input", "topics", "again"), Path.Combine(briefing.RootPath, "input"));
        var run = CliRun.Of("validate", "--root", briefing.RootPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/topics/again(1,1): error BRF017: 'input/topics/again' is a chain of links that goes round in a circle", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkThatPointsAtItselfIsReported()
    {
        using var briefing = TempBriefing.With(("seeds/article.txt", null));
        Link(briefing, "seeds/article.txt", "article.txt");
        var run = CliRun.Of("validate", "--root", briefing.RootPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF017: 'seeds/article.txt' is a chain of links", run.Error, StringComparison.Ordinal);
    }

    private static CliRun AssertRefused(TempBriefing briefing, string expected)
    {
        var validate = CliRun.Of("validate", "--root", briefing.RootPath);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains(expected, validate.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(OutsideFolder.Secret, validate.Error + validate.Output, StringComparison.Ordinal);
        Assert.False(validate.ShowsStackTrace, validate.Error);

        var build = CliRun.Of("build", "--root", briefing.RootPath, "--theme", Theme);
        Assert.Equal(1, build.ExitCode);
        Assert.DoesNotContain(OutsideFolder.Secret, build.Error + build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(briefing.RootPath, "output")));
        return validate;
    }

    private static void Link(TempBriefing briefing, string relative, string target)
    {
        var full = Path.Combine(briefing.RootPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
