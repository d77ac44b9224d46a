using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Tests.SiteBuild;
using Briefing.Tests.Support;

namespace Briefing.Tests.Annotations;

/// <summary>
/// data/annotations.jsonld of the seed: one Web Annotation per piece of evidence, valid against the
/// Web Annotation context, and every selector re-anchored in the stored article text.
/// </summary>
public sealed class WebAnnotationTests : IClassFixture<WebAnnotationTests.SeedSite>
{
    private readonly JsonElement _annotations;
    private readonly JsonElement _briefing;

    public WebAnnotationTests(SeedSite seed)
    {
        _annotations = seed.Annotations.RootElement;
        _briefing = seed.Briefing.RootElement;
    }

    [Fact]
    public void TheFileIsAWebAnnotationCollectionWithOneAnnotationPerPieceOfEvidence()
    {
        Assert.Empty(AnnotationContextCheck.Problems(_annotations));
        var evidence = _briefing.GetProperty("claims").EnumerateArray().Sum(c => c.GetProperty("evidence").GetArrayLength());
        Assert.True(evidence > 100);
        Assert.Equal(evidence, _annotations.GetProperty("total").GetInt32());
        Assert.Equal(evidence, Items().Count);
        Assert.Equal(evidence, Items().Select(a => a.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void EachBodyLinksToTheClaimPageAndCarriesTheStance()
    {
        foreach (var (annotation, claim, evidence) in Pairs())
        {
            var body = annotation.GetProperty("body").EnumerateArray().ToList();
            Assert.Equal(claim.GetProperty("url").GetString(), body.Single(b => b.GetProperty("purpose").GetString() == "linking").GetProperty("source").GetString());
            Assert.Equal(evidence.GetProperty("stance").GetString(), body.Single(b => b.GetProperty("purpose").GetString() == "classifying").GetProperty("value").GetString());
        }
    }

    [Fact]
    public void EverySelectorReanchorsInTheStoredText()
    {
        var anchored = 0;
        foreach (var (annotation, _, evidence) in Pairs())
        {
            var source = _briefing.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == evidence.GetProperty("source").GetString());
            var text = CodePoints(File.ReadAllText(Path.Combine(RepoPaths.Root, source.GetProperty("text").GetString()!)));
            var target = annotation.GetProperty("target");
            Assert.Equal(source.GetProperty("original_url").GetString() ?? source.GetProperty("url").GetString(), target.GetProperty("source").GetString());
            var selectors = target.GetProperty("selector").EnumerateArray().ToList();
            var quote = selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
            var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
            var (start, end) = (position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32());
            var exact = CodePoints(quote.GetProperty("exact").GetString()!);
            var prefix = CodePoints(quote.GetProperty("prefix").GetString()!);
            var suffix = CodePoints(quote.GetProperty("suffix").GetString()!);

            // The position selector picks out exactly the quote, with the prefix and suffix right around it...
            Assert.Equal(exact, text[start..end]);
            Assert.Equal(prefix, text[(start - prefix.Length)..start]);
            Assert.Equal(suffix, text[end..(end + suffix.Length)]);
            Assert.True(prefix.Length == Math.Min(32, start) && suffix.Length == Math.Min(32, text.Length - end), "prefix and suffix are 32 code points where the text has them");

            // ...and the quote selector alone finds that one place.
            var whole = prefix.Concat(exact).Concat(suffix).ToArray();
            Assert.Equal([start - prefix.Length], Occurrences(text, whole));
            anchored++;
        }

        Assert.Equal(Items().Count, anchored);
    }

    private List<JsonElement> Items() => [.. _annotations.GetProperty("first").GetProperty("items").EnumerateArray()];

    // Each annotation with the claim and evidence it stands for (its id ends in "#<claim>-<number>").
    private IEnumerable<(JsonElement Annotation, JsonElement Claim, JsonElement Evidence)> Pairs()
    {
        var claims = _briefing.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        foreach (var a in Items())
        {
            var key = a.GetProperty("id").GetString()!.Split('#')[1];
            var dash = key.LastIndexOf('-');
            var claim = claims[key[..dash]];
            yield return (a, claim, claim.GetProperty("evidence")[int.Parse(key[(dash + 1)..], CultureInfo.InvariantCulture) - 1]);
        }
    }

    // The stored text as the annotations count it: no byte-order mark, "\n" line ends, code points.
    private static int[] CodePoints(string text)
    {
        var normal = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var points = new List<int>();
        foreach (var rune in normal.EnumerateRunes())
        {
            points.Add(rune.Value);
        }

        return [.. points];
    }

    private static List<int> Occurrences(int[] text, int[] part)
    {
        var found = new List<int>();
        for (var i = 0; i + part.Length <= text.Length; i++)
        {
            if (text.AsSpan(i, part.Length).SequenceEqual(part))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>The seed briefing built once for the class.</summary>
    public sealed class SeedSite : IDisposable
    {
        private readonly BuiltSite _site = new(RepoPaths.Root);

        public SeedSite()
        {
            Assert.True(_site.Result.Succeeded);
            Annotations = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "data", "annotations.jsonld"), Encoding.UTF8));
            Briefing = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "data", "briefing.json"), Encoding.UTF8));
        }

        public JsonDocument Annotations { get; }

        public JsonDocument Briefing { get; }

        public void Dispose()
        {
            Annotations.Dispose();
            Briefing.Dispose();
            _site.Dispose();
        }
    }
}
