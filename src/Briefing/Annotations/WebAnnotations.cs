using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Model;
using Briefing.Site.Data;
using Briefing.Site.Output;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Annotations;

/// <summary>
/// data/annotations.jsonld: every piece of evidence as a W3C Web Annotation, in one AnnotationCollection.
/// The target is the article (its original URL, else its page on this site), the quote located by a
/// TextQuoteSelector and a TextPositionSelector in the stored text; the bodies link to the claim and say
/// the stance. Described in docs/data-format.md.
/// </summary>
public static class WebAnnotations
{
    /// <summary>The Web Annotation JSON-LD context.</summary>
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>Code points of context on each side of a quote, enough to tell most repeated phrases apart.</summary>
    public const int ContextLength = 32;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file.</summary>
    public static SiteFile Build(SiteData data, SiteUrls urls)
    {
        var id = urls.Absolute("data/annotations.jsonld");
        var items = data.Claims.SelectMany(c => c.Evidence.Select((e, i) => Annotation(data, urls, id, c, e, i + 1)))
            .OfType<object>().ToList();
        var collection = new Dictionary<string, object?>
        {
            ["@context"] = Context,
            ["id"] = id,
            ["type"] = "AnnotationCollection",
            ["label"] = $"The evidence of {data.Briefing.Content.Site.Title}",
            ["total"] = items.Count,
            ["first"] = new Dictionary<string, object?> { ["id"] = id + "#page-1", ["type"] = "AnnotationPage", ["startIndex"] = 0, ["items"] = items },
        };
        return SiteFile.Text("data/annotations.jsonld", JsonSerializer.Serialize(collection, Options) + "\n");
    }

    private static Dictionary<string, object?>? Annotation(SiteData data, SiteUrls urls, string fileId,
        Claim claim, Evidence evidence, int number)
    {
        var anchors = data.Briefing.Anchors;
        if (anchors.SpanOf(evidence) is not { } span || !anchors.Articles.TryGetValue(evidence.Source.Id, out var article))
        {
            return null; // a checked briefing anchors every quote; this guards the file against a partial one
        }

        var source = data.Briefing.Index.Sources[evidence.Source.Id];
        var text = new StoredText(article);
        var (start, end) = text.Locate(span);
        var claimUrl = urls.Absolute(SiteUrls.PathOf("claim", claim.Id));
        var target = new Dictionary<string, object?>
        {
            ["type"] = "SpecificResource",
            ["source"] = source.Url?.AbsoluteUri ?? urls.Absolute(SiteUrls.PathOf("source", source.Id)),
            ["selector"] = new object[]
            {
                new Dictionary<string, object?>
                {
                    ["type"] = "TextQuoteSelector", ["exact"] = text.Text[start..end],
                    ["prefix"] = text.Before(start, ContextLength), ["suffix"] = text.After(end, ContextLength),
                },
                new Dictionary<string, object?> { ["type"] = "TextPositionSelector", ["start"] = text.CodePoints(start), ["end"] = text.CodePoints(end) },
            },
        };
        if (source.Archived is { } archived)
        {
            // The Web Annotation way to say "and here is a copy of it as it was": a TimeState's cached source.
            target["state"] = new Dictionary<string, object?> { ["type"] = "TimeState", ["cached"] = archived.AbsoluteUri };
        }

        return new Dictionary<string, object?>
        {
            ["id"] = $"{fileId}#{claim.Id}-{number}",
            ["type"] = "Annotation",
            ["motivation"] = "linking",
            ["body"] = new object[]
            {
                new Dictionary<string, object?> { ["type"] = "SpecificResource", ["source"] = claimUrl, ["purpose"] = "linking" },
                new Dictionary<string, object?> { ["type"] = "TextualBody", ["value"] = Words.Stance(evidence.Stance).Key, ["purpose"] = "classifying", ["format"] = "text/plain" },
                new Dictionary<string, object?>
                {
                    ["type"] = "TextualBody", ["value"] = MarkdownRenderer.PlainText(claim.Statement), ["purpose"] = "describing",
                    ["format"] = "text/plain", ["language"] = data.Briefing.Content.Site.Language,
                },
            },
            ["target"] = target,
        };
    }
}
