using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Yaml;

namespace Briefing.History;

/// <summary>
/// Reads one version of one input file into the fields whose changes the history reports, item by item.
/// It is lenient where the loader is strict: an old commit may hold content that today's checks would
/// reject, and its history still counts. A file that is not YAML at all gives null, and that version is passed over.
/// </summary>
internal static partial class ItemSnapshot
{
    /// <summary>The prefix of an evidence field's name; the rest is the source id and the quote, separated by <see cref="Separator"/>.</summary>
    public const string EvidencePrefix = "evidence";

    /// <summary>Separates the parts of an evidence field's name.</summary>
    public const char Separator = '\u001f';

    /// <summary>The kind of items a file at <paramref name="path"/> (relative to the root) holds, if it holds any whose history is kept.</summary>
    public static ItemKind? KindOf(string path) => path.Split('/') switch
    {
        ["input", "claims", var f] when f.EndsWith(".yml", StringComparison.Ordinal) => ItemKind.Claim,
        ["input", "sources", var f] when f.EndsWith(".yml", StringComparison.Ordinal) => ItemKind.Source,
        ["input", "events.yml"] => ItemKind.Event,
        ["input", "events", var f] when f.EndsWith(".yml", StringComparison.Ordinal) => ItemKind.Event,
        ["input", "measures.yml"] => ItemKind.Measure,
        _ => null,
    };

    /// <summary>The items in <paramref name="text"/>, the content of <paramref name="path"/> at some commit; null when it is not readable YAML.</summary>
    public static IReadOnlyList<(ItemKey Key, SortedDictionary<string, string> Fields)>? Read(string path, string text)
    {
        if (KindOf(path) is not { } kind)
        {
            return [];
        }

        var diagnostics = new DiagnosticBag();
        var tree = YamlTreeBuilder.Build(path, text, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        if (kind == ItemKind.Source)
        {
            return tree is YamlMapping m ? [(new ItemKey(kind, Path.GetFileNameWithoutExtension(path)), SourceFields(m))] : [];
        }

        var items = new List<(ItemKey, SortedDictionary<string, string>)>();
        foreach (var node in (tree as YamlSequence)?.Items ?? [])
        {
            if (node is YamlMapping item && Scalar(item, "id") is { Length: > 0 } id)
            {
                items.Add((new ItemKey(kind, id), kind switch
                {
                    ItemKind.Claim => ClaimFields(item),
                    ItemKind.Event => Pick(item, ("date", null), ("title", null), ("claims", null), ("summary", null)),
                    _ => Pick(item, ("label", null), ("unit", null), ("description", null)),
                }));
            }
        }

        return items;
    }

    private static SortedDictionary<string, string> ClaimFields(YamlMapping claim)
    {
        var fields = Pick(claim, ("statement", null), ("credibility", "6"), ("kind", "report"));
        if (claim.Find("outcome")?.Value is YamlMapping outcome && Scalar(outcome, "status") is { } status)
        {
            fields["outcome"] = status;
        }

        if (claim.Find("figure")?.Value is YamlMapping figure)
        {
            fields["figure"] = FigureText(figure);
        }

        foreach (var node in (claim.Find("evidence")?.Value as YamlSequence)?.Items ?? [])
        {
            if (node is YamlMapping e && Scalar(e, "source") is { } source && Scalar(e, "quote") is { } quote)
            {
                fields[$"{EvidencePrefix}{Separator}{source}{Separator}{quote}"] = Scalar(e, "stance") ?? "supports";
            }
        }

        return fields;
    }

    // One field for the whole figure, in the words the site uses ("about 11000–12000 as of 2024-10"), so that
    // any part changing shows the figure before and after in full.
    private static string FigureText(YamlMapping figure)
    {
        var qualifier = Scalar(figure, "qualifier") ?? (Scalar(figure, "approx") == "true" ? "about" : "exact");
        var hedge = qualifier == "exact" ? "" : qualifier.Replace('-', ' ') + " ";
        var range = Scalar(figure, "high") is { } high ? "–" + high : "";
        var asOf = Scalar(figure, "as_of") is { } d ? " as of " + d : "";
        return $"{hedge}{Scalar(figure, "value")}{range}{asOf} ({Scalar(figure, "measure")})";
    }

    private static SortedDictionary<string, string> SourceFields(YamlMapping source) =>
        Pick(source, ("title", null), ("published", null), ("reliability", "F"), ("url", null), ("archived", null),
            ("publisher", null), ("author", null), ("kind", null), ("text", null));

    // The named keys that have a value (or their default), each folded to one line of text.
    private static SortedDictionary<string, string> Pick(YamlMapping map, params (string Key, string? Default)[] keys)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, fallback) in keys)
        {
            if ((Scalar(map, key) ?? List(map, key) ?? fallback) is { } value)
            {
                fields[key] = value;
            }
        }

        return fields;
    }

    // Re-wrapping a YAML paragraph is not a change: runs of white space count as one space.
    private static string? Scalar(YamlMapping map, string key) =>
        map.Find(key)?.Value is YamlScalar { IsNull: false } s ? Spaces().Replace(s.Value, " ").Trim() : null;

    private static string? List(YamlMapping map, string key) =>
        map.Find(key)?.Value is YamlSequence seq ? string.Join(", ", seq.Items.OfType<YamlScalar>().Select(s => s.Value.Trim())) : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
