using Briefing.Markdown;

namespace Briefing.Tests.Markdown;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("http://example.org/")]
    [InlineData("HTTPS://EXAMPLE.ORG/")]
    [InlineData("../methodology/")]
    [InlineData("/about/")]
    [InlineData("#section")]
    [InlineData("page?x=a:b")]
    [InlineData("a/b:c")]
    public void AllowsHttpAndRelativeLinks(string url) => Assert.True(LinkPolicy.IsSafe(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:x")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("file:///etc/passwd")]
    public void RefusesEveryOtherScheme(string url) => Assert.False(LinkPolicy.IsSafe(url));

    [Theory]
    [InlineData("https://cdn.example.org/x.png", true)]
    [InlineData("//cdn.example.org/x.png", true)]
    [InlineData("/assets/x.png", false)]
    [InlineData("x.png", false)]
    public void KnowsWhichLinksLeaveTheSite(string url, bool external) => Assert.Equal(external, LinkPolicy.IsExternal(url));
}
