using System.Text.Json;

namespace Briefing.Tests.Annotations;

/// <summary>
/// A structural check of a document against the Web Annotation JSON-LD context
/// (http://www.w3.org/ns/anno.jsonld): every key must be a term the context defines (or a JSON-LD
/// keyword), so nothing is silently dropped on expansion; terms the context types as IRIs must hold
/// absolute IRIs; terms typed with the vocabulary must hold its names; classes must be the model's.
/// The term lists are those of the Web Annotation Vocabulary, written out here as facts.
/// </summary>
internal static class AnnotationContextCheck
{
    // Terms whose values the context declares "@type": "@id".
    private static readonly HashSet<string> IriTerms = ["id", "source", "cached", "first", "last", "next", "prev", "partOf", "canonical", "via", "homepage", "rights"];

    // Terms declared "@type": "@vocab": their values are names from the vocabulary.
    private static readonly HashSet<string> VocabTerms = ["motivation", "purpose", "type", "textDirection"];

    private static readonly HashSet<string> Motivations =
        ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"];

    private static readonly HashSet<string> Classes =
    [
        "Annotation", "AnnotationCollection", "AnnotationPage", "SpecificResource", "TextualBody", "Choice", "Composite", "List", "Independents",
        "TextQuoteSelector", "TextPositionSelector", "FragmentSelector", "CssSelector", "XPathSelector", "DataPositionSelector", "SvgSelector",
        "RangeSelector", "TimeState", "HttpRequestState", "Dataset", "Image", "Video", "Sound", "Text", "Person", "Organization", "Software",
    ];

    private static readonly HashSet<string> OtherTerms =
    [
        "@context", "body", "bodyValue", "target", "selector", "state", "value", "format", "language", "label", "total", "items", "startIndex",
        "exact", "prefix", "suffix", "start", "end", "sourceDate", "sourceDateStart", "sourceDateEnd", "created", "modified", "generated",
        "creator", "generator", "audience", "accessibility", "processingLanguage", "scope", "styleClass", "stylesheet", "renderedVia",
        "refinedBy", "conformsTo", "name", "email", "email_sha1", "nickname", "styledBy",
    ];

    /// <summary>Every problem found, each with the JSON path where it is.</summary>
    public static List<string> Problems(JsonElement document)
    {
        var problems = new List<string>();
        if (!document.TryGetProperty("@context", out var context) || context.GetString() != "http://www.w3.org/ns/anno.jsonld")
        {
            problems.Add("$: @context is not the Web Annotation context");
        }

        Check(document, "$", problems);
        return problems;
    }

    private static void Check(JsonElement node, string path, List<string> problems)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Check(item, $"{path}[{i++}]", problems);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var p in node.EnumerateObject())
        {
            var at = $"{path}.{p.Name}";
            if (!IriTerms.Contains(p.Name) && !VocabTerms.Contains(p.Name) && !OtherTerms.Contains(p.Name))
            {
                problems.Add($"{at}: not a term of the Web Annotation context");
            }
            else if (IriTerms.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.String && !Uri.IsWellFormedUriString(p.Value.GetString(), UriKind.Absolute))
            {
                problems.Add($"{at}: '{p.Value}' is not an absolute IRI");
            }
            else if (p.Name == "type" && !Classes.Contains(p.Value.GetString() ?? ""))
            {
                problems.Add($"{at}: '{p.Value}' is not a class of the Web Annotation model");
            }
            else if (p.Name is "motivation" or "purpose" && !Motivations.Contains(p.Value.GetString() ?? ""))
            {
                problems.Add($"{at}: '{p.Value}' is not a motivation");
            }

            Check(p.Value, at, problems);
        }
    }
}
