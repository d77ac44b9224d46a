using System.Text.Json;
using Briefing.Tests.SiteBuild;
using Briefing.Tests.Support;

namespace Briefing.Tests.Annotations;

/// <summary>An annotation targets the article's original URL, and names its archived copy where the source gives one.</summary>
public sealed class ArchivedTargetTests
{
    [Fact]
    public void TheTargetIsTheOriginalWithTheArchivedCopyAsItsCachedState()
    {
        using var briefing = TempBriefing.With(("input/sources/test-source.yml", TempBriefing.Source
            + "url: https://news.example.org/buses\narchived: https://archive.example.org/2024/https://news.example.org/buses\n"));
        using var site = new BuiltSite(briefing.RootPath);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "annotations.jsonld")));
        Assert.Empty(AnnotationContextCheck.Problems(json.RootElement));
        var target = json.RootElement.GetProperty("first").GetProperty("items")[0].GetProperty("target");
        Assert.Equal("https://news.example.org/buses", target.GetProperty("source").GetString());
        Assert.Equal("TimeState", target.GetProperty("state").GetProperty("type").GetString());
        Assert.Equal("https://archive.example.org/2024/https://news.example.org/buses", target.GetProperty("state").GetProperty("cached").GetString());
        var quote = target.GetProperty("selector")[0];
        Assert.Equal("The council approved 12 new buses", quote.GetProperty("exact").GetString());
        Assert.Equal("A headline for the test\n", quote.GetProperty("prefix").GetString());
        Assert.Equal(" on Monday.\nSubscribe now\n", quote.GetProperty("suffix").GetString());
    }
}
