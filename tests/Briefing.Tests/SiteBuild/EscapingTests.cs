using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.SiteBuild;

/// <summary>Markup typed into any field of the content reaches no page as markup: it shows as text.</summary>
public sealed class EscapingTests : IDisposable
{
    private const string Evil = "<script>alert(1)</script><img src=x onerror=alert(2)>\" onmouseover=\"alert(3)";

    private readonly TempBriefing _briefing = TempBriefing.With(
        ("input/site.yml", $"title: '{Evil}'\ntagline: '{Evil}'\nbase_url: https://example.org/\ndescription: '{Evil}'\nkey_judgments: |\n  - {Evil} [x](claim:buses-approved)\n"),
        ("seeds/article.txt", $"Headline {Evil}\nThe council approved 12 new buses on Monday.\nA resident wrote {Evil} in a letter.\nSubscribe now\n"),
        ("input/sources/test-source.yml", $"title: '{Evil}'\ntext: seeds/article.txt\npublished: 2024-10-16\npublisher: '{Evil}'\nauthor: '{Evil}'\nboilerplate: [Subscribe now]\nnotes: '{Evil}'\n"),
        ("input/claims/main.yml", $"""
            - id: buses-approved
              statement: '{Evil} approved buses'
              topics: [transport]
              credibility: 2
              attributed_to: [council]
              entities: [council]
              figure:
                measure: buses
                value: 12
              notes: '{Evil}'
              evidence:
                - source: test-source
                  quote: The council approved 12 new buses
                - source: test-source
                  quote: 'wrote {Evil.Replace("'", "''", StringComparison.Ordinal)} in a letter'
                  stance: context
            """),
        ("input/topics/transport.md", $"---\ntitle: '{Evil}'\nsummary: '{Evil}'\n---\n{Evil}\n\n<b onclick=\"alert(4)\">raw html</b> and [the claim](claim:buses-approved)\n"),
        ("input/entities.yml", $"- id: council\n  name: '{Evil}'\n  kind: organization\n  aliases: ['{Evil}']\n  description: '{Evil}'\n"),
        ("input/measures.yml", $"- id: buses\n  label: '{Evil}'\n  unit: '{Evil}'\n  description: '{Evil}'\n"),
        ("input/events.yml", $"- id: vote\n  date: 2024-10-14\n  title: '{Evil}'\n  claims: [buses-approved]\n  places: [council]\n  summary: '{Evil}'\n"),
        ("input/pages/about.md", $"---\ntitle: '{Evil}'\nsummary: '{Evil}'\n---\n{Evil}\n"));

    [Fact]
    public void NoPageCarriesMarkupFromContent()
    {
        using var site = new BuiltSite(_briefing.RootPath);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.True(site.HtmlFiles.Count >= 10);
        foreach (var file in site.HtmlFiles)
        {
            var doc = site.Page(file);
            foreach (var script in doc.QuerySelectorAll("script"))
            {
                var allowed = script.GetAttribute("type") == "application/ld+json" || (script.GetAttribute("src")?.Contains("/assets/", StringComparison.Ordinal) ?? false);
                Assert.True(allowed, $"{file}: {script.OuterHtml}");
            }

            Assert.Empty(doc.QuerySelectorAll("img[src='x']"));
            Assert.Empty(doc.QuerySelectorAll("b[onclick]"));
            foreach (var element in doc.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
                Assert.DoesNotContain(element.Attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            }
        }

        // Escaped, not dropped: the reader sees what the editor typed.
        Assert.Contains("<script>alert(1)</script>", site.Page("claims/buses-approved/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b onclick=\"alert(4)\">raw html</b>", site.Page("topics/transport/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimReviewJsonLdStaysValidWhateverTheContentHolds()
    {
        using var site = new BuiltSite(_briefing.RootPath);
        var raw = File.ReadAllText(Path.Combine(site.Output, "claims", "buses-approved", "index.html"));
        var start = raw.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no JSON-LD block");
        var body = raw[(start + "<script type=\"application/ld+json\">".Length)..];
        var json = body[..body.IndexOf("</script>", StringComparison.Ordinal)];
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("ClaimReview", parsed.RootElement.GetProperty("@type").GetString());
        Assert.StartsWith("<script>alert(1)</script>", parsed.RootElement.GetProperty("claimReviewed").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => _briefing.Dispose();
}
