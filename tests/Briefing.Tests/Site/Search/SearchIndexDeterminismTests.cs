using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

public class SearchIndexDeterminismTests
{
    [Fact]
    public void SameInputGivesIdenticalFiles()
    {
        var first = SearchIndexBuilder.Build(SearchIndexLayoutTests.Sample);
        var second = SearchIndexBuilder.Build([.. SearchIndexLayoutTests.Sample.Select(d => d with { Keywords = [.. d.Keywords] })]);

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.Equal(first.Select(f => f.Content), second.Select(f => f.Content));
    }

    [Fact]
    public void AnyChangeChangesTheHash()
    {
        var changed = SearchIndexLayoutTests.Sample.ToArray();
        changed[2] = changed[2] with { Text = changed[2].Text + " Mercenaries." };

        var before = new SearchIndexReader(SearchIndexBuilder.Build(SearchIndexLayoutTests.Sample));
        var after = new SearchIndexReader(SearchIndexBuilder.Build(changed));

        Assert.NotEqual(before.Hash, after.Hash);
    }

    [Fact]
    public void OutputIsCompactJsonWithHtmlCharactersEscaped()
    {
        var files = SearchIndexBuilder.Build([new("claim", "<b>Kyiv & \"Kursk\"</b>", "claims/x/", "It's 5 > 4", [])]);

        Assert.Equal(
            "[[\"claim\",\"\\u003Cb\\u003EKyiv \\u0026 \\u0022Kursk\\u0022\\u003C/b\\u003E\",\"claims/x/\",\"It\\u0027s 5 \\u003E 4\"]]",
            files[1].Content);
        Assert.All(files, f => Assert.DoesNotContain('\n', f.Content));
    }
}
