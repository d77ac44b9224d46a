using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

public class SearchSnippetTests
{
    [Fact]
    public void ShortTextIsKeptWithWhiteSpaceCollapsed()
    {
        Assert.Equal("Troops crossed the border.", SearchSnippet.Make("  Troops\n crossed\tthe   border. "));
    }

    [Fact]
    public void LongTextIsCutOnAWordBoundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("soldiers,", 40));

        var snippet = SearchSnippet.Make(text);

        Assert.EndsWith("soldiers\u2026", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= SearchSnippet.MaxLength + 1);
        Assert.StartsWith(snippet[..^1], text, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutSpacesIsCutWithoutSplittingASurrogatePair()
    {
        var text = new string('a', SearchSnippet.MaxLength - 1) + "\U0001F600tail";

        var snippet = SearchSnippet.Make(text);

        Assert.Equal(new string('a', SearchSnippet.MaxLength - 1) + "\u2026", snippet);
    }
}
