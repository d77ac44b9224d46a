using System.Text.Json.Nodes;
using Briefing.Tests.Support;

namespace Briefing.Tests.Schemas;

/// <summary>
/// The schemas are well made: draft-07, within the subset the test validator implements, unknown keys forbidden
/// everywhere, every property documented for hover help with examples that are themselves valid and real.
/// </summary>
public sealed class SchemaHygieneTests
{
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    private static readonly HashSet<string> BesideRef = ["title", "description", "markdownDescription", "examples", "$comment"];

    private static readonly Lazy<string> FormatReference = new(() => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "format.md")));

    public static TheoryData<string> Files => [.. SchemaSet.Repo.FileNames.Order(StringComparer.Ordinal)];

    /// <summary>Every property of every schema, as (file, pointer).</summary>
    public static TheoryData<string, string> Properties
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var n in Walk().Where(n => n.IsProperty))
            {
                data.Add(n.File, n.Pointer);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void IsDraft07WithATitleAndNoId(string file)
    {
        var root = SchemaSet.Repo.Root(file).Node;
        Assert.Equal(Draft07, root["$schema"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(root["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(root["description"]?.GetValue<string>()));

        // Without $id, "definitions.schema.json#/..." resolves beside the file, in VS Code as here.
        Assert.Null(root["$id"]);
    }

    [Fact]
    public void UsesOnlyKeywordsTheTestValidatorImplements()
    {
        var unknown = Walk().SelectMany(n => n.Node.Select(p => p.Key)
            .Where(k => !SchemaSet.ValidationKeywords.Contains(k) && !SchemaSet.AnnotationKeywords.Contains(k))
            .Select(k => $"{n.File}#{n.Pointer}: {k}"));
        Assert.Empty(unknown);
    }

    [Fact]
    public void EveryObjectForbidsUnknownKeys()
    {
        var open = Walk().Where(n => n.Node.ContainsKey("properties") || AllowsType(n.Node, "object"))
            .Where(n => n.Node["additionalProperties"] is not JsonValue v || v.GetValue<bool>())
            .Select(n => $"{n.File}#{n.Pointer}");
        Assert.Empty(open);
    }

    [Fact]
    public void EveryRefResolvesAndHasOnlyAnnotationsBesideIt()
    {
        // Draft-07 ignores keywords beside $ref, while VS Code merges them: only annotations may stand there,
        // so that both read the same constraints.
        foreach (var (file, pointer, node, _) in Walk().Where(n => n.Node.ContainsKey("$ref")))
        {
            _ = SchemaSet.Repo.Target(file, node["$ref"]!.GetValue<string>());
            var beside = node.Select(p => p.Key).Where(k => k != "$ref" && !BesideRef.Contains(k));
            Assert.True(!beside.Any(), $"{file}#{pointer} has {string.Join(", ", beside)} beside $ref");
        }
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void EveryPropertyHasHoverHelpAndAnExample(string file, string place)
    {
        var node = RawNode(file, place);
        foreach (var annotation in (string[])["title", "description", "markdownDescription"])
        {
            Assert.False(string.IsNullOrWhiteSpace(node[annotation]?.GetValue<string>()), $"{file}#{place} has no {annotation}");
        }

        Assert.NotEmpty(Assert.IsType<JsonArray>(node["examples"]));
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void EveryExampleIsValidForItsProperty(string file, string place)
    {
        var node = RawNode(file, place);
        foreach (var example in node["examples"]!.AsArray())
        {
            Assert.Empty(SchemaSet.Repo.Validate(example, new SchemaNode(file, node)).Select(e => $"{example?.ToJsonString()}: {e}"));
        }
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void IdExamplesNameThingsOfTheFormatReferencesExample(string file, string place)
    {
        // The schemas travel into every new briefing: their examples come from the neutral example of
        // docs/format.md, so hover and completion agree with the reference and carry no seed content.
        var node = RawNode(file, place);
        var reference = node["$ref"]?.GetValue<string>() ?? "";
        if (!reference.EndsWith("/id", StringComparison.Ordinal) && !reference.EndsWith("/optionalId", StringComparison.Ordinal)
            && !reference.EndsWith("IdList", StringComparison.Ordinal))
        {
            return;
        }

        var examples = node["examples"]!.AsArray().SelectMany(e => e is JsonArray list ? list : (IEnumerable<JsonNode?>)[e]);
        Assert.All(examples, e => Assert.Contains(e!.GetValue<string>(), FormatReference.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void PatternsReadTheSameInDotNetAndJavaScript()
    {
        // ToDotNetPattern refuses \d, \w and \b, which .NET reads with Unicode categories.
        foreach (var (_, _, node, _) in Walk().Where(n => n.Node.ContainsKey("pattern")))
        {
            _ = SchemaSet.ToDotNetPattern(node["pattern"]!.GetValue<string>());
        }
    }

    private static bool AllowsType(JsonObject node, string type) => node["type"] switch
    {
        JsonArray list => list.Any(t => t!.GetValue<string>() == type),
        JsonValue single => single.GetValue<string>() == type,
        _ => false,
    };

    private static JsonObject RawNode(string file, string place)
    {
        JsonNode? node = SchemaSet.Repo.Root(file).Node;
        foreach (var segment in place.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node![segment];
        }

        return node!.AsObject();
    }

    /// <summary>Every schema node of every file, without following $ref (each node is visited where it is written).</summary>
    private static IEnumerable<(string File, string Pointer, JsonObject Node, bool IsProperty)> Walk()
    {
        foreach (var file in SchemaSet.Repo.FileNames.Order(StringComparer.Ordinal))
        {
            var stack = new Stack<(string Pointer, JsonObject Node, bool IsProperty)>();
            stack.Push(("", SchemaSet.Repo.Root(file).Node, false));
            while (stack.Count > 0)
            {
                var (pointer, node, isProperty) = stack.Pop();
                yield return (file, pointer, node, isProperty);
                foreach (var map in (string[])["definitions", "properties"])
                {
                    if (node[map] is JsonObject children)
                    {
                        foreach (var (name, child) in children)
                        {
                            stack.Push(($"{pointer}/{map}/{name}", child!.AsObject(), map == "properties"));
                        }
                    }
                }

                foreach (var single in (string[])["items", "additionalProperties"])
                {
                    if (node[single] is JsonObject child)
                    {
                        stack.Push(($"{pointer}/{single}", child, false));
                    }
                }
            }
        }
    }
}
