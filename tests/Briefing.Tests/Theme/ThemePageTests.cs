using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>Templates under theme/pages/ become pages at their path, with the whole site model.</summary>
public sealed class ThemePageTests
{
    [Fact]
    public void APageTemplateOfTheBriefingBecomesAPageAtItsPath()
    {
        const string Template = "<h1>For the press</h1><p id=\"count\">{{ page.pages.claim.size }} claims, {{ page.pages.topic.size }} topics</p>"
            + "{{ for c in page.pages.claim }}<p>{{ c.claim.statement }}</p>{{ end }}";
        using var briefing = TempBriefing.With(("theme/pages/audiences/press.sbn", Template));
        Assert.Equal(0, ThemeResolutionTests.Build(briefing).ExitCode);
        var html = File.ReadAllText(Path.Combine(briefing.RootPath, "output", "audiences", "press", "index.html"));
        Assert.Contains("<p id=\"count\">1 claims, 1 topics</p>", html, StringComparison.Ordinal);
        Assert.Contains("The council approved new buses.", html, StringComparison.Ordinal);
        Assert.Contains("<title>Press · Test briefing</title>", html, StringComparison.Ordinal);
        Assert.Contains("https://example.org/audiences/press/", File.ReadAllText(Path.Combine(briefing.RootPath, "output", "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void TheBuiltInExamplePageListsEveryTopicsClaims()
    {
        using var briefing = TempBriefing.With();
        Assert.Equal(0, ThemeResolutionTests.Build(briefing).ExitCode);
        var html = File.ReadAllText(Path.Combine(briefing.RootPath, "output", "brief", "index.html"));
        Assert.Contains("<h2 id=\"brief-topic-0\">Transport</h2>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/claims/buses-approved/\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theme/pages/claims.sbn", "would replace the site's own page /claims/")]
    [InlineData("theme/pages/Press_Kit.sbn", "'Press_Kit' cannot be part of an address")]
    public void APageThatClashesOrIsNoAddressIsAnError(string path, string message)
    {
        using var briefing = TempBriefing.With((path, "<p>x</p>"));
        var run = ThemeResolutionTests.Build(briefing);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}(1,1): error BRF204: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyPageTemplateTurnsABuiltInPageOff()
    {
        using var briefing = TempBriefing.With(("theme/pages/brief.sbn", ""), ("input/pages/brief.md", "---\ntitle: Our brief\n---\nText.\n"));
        Assert.Equal(0, ThemeResolutionTests.Build(briefing).ExitCode);
        Assert.Contains("<h1>Our brief</h1>", File.ReadAllText(Path.Combine(briefing.RootPath, "output", "brief", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void AFreePageOfTheSameNameClashesToo()
    {
        using var briefing = TempBriefing.With(("input/pages/brief.md", "---\ntitle: Brief\n---\nText.\n"));
        var run = ThemeResolutionTests.Build(briefing);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(built-in theme)/pages/brief.sbn(1,1): error BRF204: ", run.Error, StringComparison.Ordinal);
    }
}
