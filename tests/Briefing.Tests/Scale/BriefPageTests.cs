using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefing.Build;
using Briefing.Generator;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scale;

/// <summary>
/// The built-in theme's one-page brief lists every topic's claims in a briefing of up to 40 topics;
/// past that it lists each topic's ten most credible and links the topic page for the rest, so that
/// the page stays readable and under 2 MB at any size (at 10,000 sources it was 14.9 MB).
/// </summary>
public sealed partial class BriefPageTests : IDisposable
{
    private readonly TempFolder _work = TempFolder.Create();

    [Fact]
    public void PastFortyTopicsEachTopicShowsItsTenMostCredibleClaimsAndLinksTheRest()
    {
        var root = Path.Combine(_work.Path, "briefing");
        var shape = BriefingGenerator.Write(root, new GeneratorOptions(100, Seed: 5));
        // Topics without claims of their own bring the count past forty without a briefing ten times the size.
        for (var i = shape.Topics; i <= 40; i++)
        {
            File.WriteAllText(Path.Combine(root, "input", "topics", $"extra-{i}.md"), $"---\ntitle: \"Extra topic {i}\"\n---\nA topic with no claims yet.\n");
        }

        var brief = Brief(root);
        var sections = brief.QuerySelectorAll("section[aria-labelledby^='brief-topic-']").ToList();
        Assert.Equal(41, sections.Count);
        var withClaims = sections.Where(s => s.QuerySelectorAll("li").Length > 0).ToList();
        Assert.Equal(shape.Topics, withClaims.Count);
        foreach (var section in withClaims)
        {
            Assert.Equal(10, section.QuerySelectorAll("li").Length);
            var links = section.QuerySelectorAll("a");
            var more = links[^1];
            var topic = Assert.Single(TopicLink().Matches(more.GetAttribute("href") ?? "")).Groups[1].Value;
            Assert.Equal($"{ClaimsOf(root, topic) - 10} more claims on the topic's page", more.TextContent);
        }
    }

    [Fact]
    public void UpToFortyTopicsEveryClaimOfEveryTopicIsListed()
    {
        var root = Path.Combine(_work.Path, "briefing");
        BriefingGenerator.Write(root, new GeneratorOptions(60, Seed: 2));
        var brief = Brief(root);
        foreach (var section in brief.QuerySelectorAll("section[aria-labelledby^='brief-topic-']"))
        {
            var total = section.QuerySelectorAll(".group-count").Sum(c => int.Parse(c.TextContent.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(total, section.QuerySelectorAll("li").Length);
            Assert.DoesNotContain("on the topic's page", section.TextContent, StringComparison.Ordinal);
        }
    }

    /// <summary>How many claims name <paramref name="topic"/> among their topics, read from the YAML.</summary>
    private static int ClaimsOf(string root, string topic) =>
        Directory.GetFiles(Path.Combine(root, "input", "claims"), "*.yml")
            .SelectMany(File.ReadLines)
            .Count(line => line.StartsWith("  topics: [", StringComparison.Ordinal) && line[11..^1].Split(", ").Contains(topic));

    [GeneratedRegex("^/topics/([a-z0-9-]+)/$")]
    private static partial Regex TopicLink();

    private AngleSharp.Html.Dom.IHtmlDocument Brief(string root)
    {
        var output = Path.Combine(_work.Path, "site");
        var result = BuildPipeline.Run(new BuildOptions(root, output, Path.Combine(root, "theme"), History: false));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "brief", "index.html")));
    }

    public void Dispose() => _work.Dispose();
}
