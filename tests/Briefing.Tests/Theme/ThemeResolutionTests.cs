using Briefing.Site.Theme.Files;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>
/// The built-in theme and its overrides: a briefing without theme/ builds with the theme the tool carries;
/// each file under its theme/ replaces the built-in file of the same path (templates, partials, assets);
/// template errors name the file actually used.
/// </summary>
public sealed class ThemeResolutionTests
{
    [Fact]
    public void TheBuiltInThemeIsTheRepositorysThemeFolderByteForByte()
    {
        var folder = Path.Combine(RepoPaths.Root, "theme");
        var repo = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(repo, BuiltInTheme.Files.Select(f => f.Path));
        Assert.All(BuiltInTheme.Files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(folder, f.Path)), f.Read()));
    }

    [Fact]
    public void WithoutAThemeFolderTheBuiltInThemeBuildsTheSite()
    {
        using var briefing = TempBriefing.With();
        var run = Build(briefing);
        Assert.Equal(0, run.ExitCode);
        var claim = File.ReadAllText(Path.Combine(briefing.RootPath, "output", "claims", "buses-approved", "index.html"));
        Assert.Contains("The council approved new buses.", claim, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(briefing.RootPath, "output", "assets"), "site.*.css"));
    }

    [Fact]
    public void OneOverriddenPartialReplacesOnlyItsBuiltInFile()
    {
        using var briefing = TempBriefing.With(("theme/templates/partials/breadcrumb.sbn", "<p class=\"own-breadcrumb\">{{ site.title }}</p>"));
        Assert.Equal(0, Build(briefing).ExitCode);
        var claim = File.ReadAllText(Path.Combine(briefing.RootPath, "output", "claims", "buses-approved", "index.html"));
        Assert.Contains("<p class=\"own-breadcrumb\">Test briefing</p>", claim, StringComparison.Ordinal);
        Assert.Contains("The council approved new buses.", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverriddenAssetIsServedUnderItsOwnHash()
    {
        using var briefing = TempBriefing.With(("theme/assets/site.css", "body { color: teal; }\n"));
        Assert.Equal(0, Build(briefing).ExitCode);
        var css = Assert.Single(Directory.GetFiles(Path.Combine(briefing.RootPath, "output", "assets"), "site.*.css"));
        Assert.Equal("body { color: teal; }\n", File.ReadAllText(css));
        Assert.Single(Directory.GetFiles(Path.Combine(briefing.RootPath, "output", "assets"), "search.*.js"));
    }

    [Fact]
    public void AnErrorInTheBriefingsOwnTemplateNamesItsFile()
    {
        using var briefing = TempBriefing.With(("theme/templates/page.sbn", "<h1>{{ page.title }}</h1>\n{{ page.no_such_field }}\n"),
            ("input/pages/about.md", "---\ntitle: About\n---\nText.\n"));
        var run = Build(briefing);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme/templates/page.sbn(2,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnErrorInsideABuiltInPartialNamesTheBuiltInFile()
    {
        // The briefing's page template includes a built-in partial without setting what the partial needs.
        using var briefing = TempBriefing.With(("theme/templates/page.sbn", "{{ include 'partials/credibility' }}\n"),
            ("input/pages/about.md", "---\ntitle: About\n---\nText.\n"));
        var run = Build(briefing);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{BuiltInTheme.DisplayRoot}/templates/partials/credibility.sbn(1,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingThemeFolderIsAWrongCommandLine()
    {
        using var briefing = TempBriefing.With();
        var run = CliRun.Of("build", "--root", briefing.RootPath, "--theme", Path.Combine(briefing.RootPath, "no-such-theme"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--theme", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(briefing.RootPath, "output")));
    }

    [Fact]
    public void AnotherThemeFolderOverridesTheBuiltInOneFileByFile()
    {
        using var briefing = TempBriefing.With(("elsewhere/templates/partials/breadcrumb.sbn", "<p class=\"other-theme\"></p>"));
        var run = CliRun.Of("build", "--root", briefing.RootPath, "--theme", Path.Combine(briefing.RootPath, "elsewhere"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("other-theme", File.ReadAllText(Path.Combine(briefing.RootPath, "output", "claims", "buses-approved", "index.html")), StringComparison.Ordinal);
    }

    internal static CliRun Build(TempBriefing briefing) => CliRun.Of("build", "--root", briefing.RootPath);
}
