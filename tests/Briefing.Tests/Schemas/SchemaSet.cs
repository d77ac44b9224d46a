using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Schemas;

/// <summary>One way a document breaks its schema: where (a JSON pointer), which keyword, and why.</summary>
internal sealed record SchemaError(string Path, string Keyword, string Message)
{
    public override string ToString() => $"{(Path.Length == 0 ? "/" : Path)}: {Keyword}: {Message}";
}

/// <summary>A schema node and the file it stands in, so that relative <c>$ref</c>s resolve.</summary>
internal readonly record struct SchemaNode(string File, JsonObject Node);

/// <summary>
/// A small JSON Schema validator (draft-07 semantics) for exactly the keywords the Briefing schemas use.
/// Any other keyword throws, so the schemas cannot drift into features this validator (and so the tests)
/// would silently ignore. Patterns are ECMA-262 as in VS Code: they are searched, not anchored, and
/// <c>$</c> means the end of the text (in .NET it would also match before a final line break).
/// </summary>
internal sealed class SchemaSet
{
    /// <summary>Keywords that constrain a value; each is implemented below.</summary>
    public static readonly IReadOnlySet<string> ValidationKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "$ref", "type", "enum", "pattern", "maxLength", "minimum", "maximum",
        "properties", "required", "additionalProperties", "items", "minItems",
    };

    /// <summary>
    /// Keywords that only describe (hover text, completions, messages) or hold definitions; they never change
    /// whether a value is valid. The last four are VS Code extensions to JSON Schema.
    /// </summary>
    public static readonly IReadOnlySet<string> AnnotationKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$comment", "title", "description", "examples", "definitions",
        "markdownDescription", "enumDescriptions", "markdownEnumDescriptions", "patternErrorMessage", "defaultSnippets",
    };

    private static readonly Lazy<SchemaSet> RepoSchemas = new(() => Load(Path.Combine(RepoPaths.Root, "schemas")));

    private readonly Dictionary<string, JsonObject> _files;
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private SchemaSet(Dictionary<string, JsonObject> files) => _files = files;

    /// <summary>The schemas in the repository's schemas/ folder.</summary>
    public static SchemaSet Repo => RepoSchemas.Value;

    /// <summary>The file names of the schemas, e.g. <c>claims.schema.json</c>.</summary>
    public IReadOnlyCollection<string> FileNames => _files.Keys;

    /// <summary>Loads every <c>*.schema.json</c> in <paramref name="folder"/>.</summary>
    public static SchemaSet Load(string folder) =>
        FromTexts(Directory.GetFiles(folder, "*.schema.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal));

    /// <summary>Schemas given as texts by file name, for the validator's own tests.</summary>
    public static SchemaSet FromTexts(IReadOnlyDictionary<string, string> texts) =>
        new(texts.ToDictionary(t => t.Key, t => JsonNode.Parse(t.Value)!.AsObject(), StringComparer.Ordinal));

    /// <summary>The root of a schema file.</summary>
    public SchemaNode Root(string file) =>
        _files.TryGetValue(file, out var node) ? new SchemaNode(file, node) : throw new ArgumentException($"no schema file '{file}'", nameof(file));

    /// <summary>
    /// The schema at <paramref name="pointer"/> in <paramref name="file"/>, following every <c>$ref</c> met on the way
    /// and at the end, e.g. <c>("claims.schema.json", "/items/properties/figure")</c> gives the figure's object schema.
    /// </summary>
    public SchemaNode Resolve(string file, string pointer)
    {
        var current = Follow(Root(file));
        foreach (var segment in Segments(pointer))
        {
            current = Follow(new SchemaNode(current.File, current.Node[segment]?.AsObject()
                ?? throw new ArgumentException($"'{pointer}' does not exist in {file}", nameof(pointer))));
        }

        return current;
    }

    /// <summary>Follows <c>$ref</c> until a schema without one.</summary>
    public SchemaNode Follow(SchemaNode schema)
    {
        for (var hops = 0; schema.Node["$ref"] is JsonNode target; hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException($"$ref cycle at {schema.File}");
            }

            schema = Target(schema.File, target.GetValue<string>());
        }

        return schema;
    }

    /// <summary>The schema a <c>$ref</c> names, relative to the file it is written in.</summary>
    public SchemaNode Target(string fromFile, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var file = hash switch { 0 => fromFile, > 0 => reference[..hash], _ => reference };
        var pointer = hash >= 0 ? reference[(hash + 1)..] : "";
        JsonNode? node = Root(file).Node;
        foreach (var segment in Segments(pointer))
        {
            node = node?[segment];
        }

        return node is JsonObject found ? new SchemaNode(file, found) : throw new InvalidOperationException($"$ref '{reference}' in {fromFile} does not resolve");
    }

    /// <summary>Validates <paramref name="instance"/> against the root of <paramref name="file"/>.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonNode? instance, string file) => Validate(instance, Root(file));

    /// <summary>Validates <paramref name="instance"/> against <paramref name="schema"/>.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonNode? instance, SchemaNode schema)
    {
        var errors = new List<SchemaError>();
        Check(instance, schema, "", errors, 0);
        return errors;
    }

    /// <summary>The JSON type of a value as JSON Schema names it; a whole number is "integer".</summary>
    public static string TypeOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => IsInteger(Number(value)) ? "integer" : "number",
            var other => throw new NotSupportedException($"unexpected JSON value kind {other}"),
        },
    };

    /// <summary>JSON equality: numbers by value (2 equals 2.0), strings by ordinal, containers deeply.</summary>
    public static bool JsonEquals(JsonNode? a, JsonNode? b)
    {
        var (ta, tb) = (TypeOf(a), TypeOf(b));
        var numeric = ta is "integer" or "number" && tb is "integer" or "number";
        return numeric ? Number(a!) == Number(b!) : ta == tb && ta switch
        {
            "null" => true,
            "string" => a!.GetValue<string>() == b!.GetValue<string>(),
            "boolean" => a!.GetValue<bool>() == b!.GetValue<bool>(),
            _ => JsonNode.DeepEquals(a, b),
        };
    }

    /// <summary>Turns an ECMA-262 pattern into the .NET regex that matches the same texts.</summary>
    public static string ToDotNetPattern(string pattern)
    {
        var sb = new StringBuilder();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                if (next is 'd' or 'D' or 'w' or 'W' or 'b' or 'B')
                {
                    // .NET reads these with Unicode categories, JavaScript with ASCII: write [0-9] or [a-z] instead.
                    throw new NotSupportedException($"pattern '{pattern}' uses \\{next}, which .NET and JavaScript read differently");
                }

                sb.Append(c).Append(next);
                continue;
            }

            inClass = c switch { '[' => true, ']' => false, _ => inClass };
            sb.Append(c == '$' && !inClass ? @"\z" : c.ToString());
        }

        return sb.ToString();
    }

    /// <summary>A JSON number as JavaScript holds it, whatever .NET type the node was made from.</summary>
    public static double Number(JsonNode value) =>
        value.AsValue().TryGetValue<double>(out var d) ? d
        : value.AsValue().TryGetValue<long>(out var l) ? l
        : value.AsValue().TryGetValue<int>(out var i) ? i
        : (double)value.GetValue<decimal>();

    private static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    private static IEnumerable<string> Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));

    private static string Show(JsonNode? value) => value is null ? "null" : value.ToJsonString();

    private void Check(JsonNode? instance, SchemaNode schema, string path, List<SchemaError> errors, int depth)
    {
        if (depth > 64)
        {
            throw new InvalidOperationException($"$ref cycle at {schema.File}");
        }

        var node = schema.Node;
        foreach (var keyword in node.Select(p => p.Key).Where(k => !ValidationKeywords.Contains(k) && !AnnotationKeywords.Contains(k)))
        {
            throw new NotSupportedException($"keyword '{keyword}' in {schema.File} is not supported by the test validator; keep the schemas within its subset or extend it");
        }

        if (node["$ref"] is JsonNode reference)
        {
            // Draft-07: a $ref replaces its schema, and keywords beside it are ignored.
            Check(instance, Target(schema.File, reference.GetValue<string>()), path, errors, depth + 1);
            return;
        }

        CheckTypeAndEnum(instance, node, path, errors);
        switch (instance)
        {
            case JsonObject obj:
                CheckObject(obj, schema, path, errors, depth);
                break;
            case JsonArray array:
                CheckArray(array, schema, path, errors, depth);
                break;
            case JsonValue value when TypeOf(value) == "string":
                CheckString(value.GetValue<string>(), node, path, errors);
                break;
            case JsonValue value when TypeOf(value) is "integer" or "number":
                CheckNumber(Number(value), node, path, errors);
                break;
        }
    }

    private static void CheckTypeAndEnum(JsonNode? instance, JsonObject node, string path, List<SchemaError> errors)
    {
        var actual = TypeOf(instance);
        if (node["type"] is JsonNode type)
        {
            var allowed = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            var ok = allowed.Contains(actual) || (actual == "integer" && allowed.Contains("number"));
            if (!ok)
            {
                errors.Add(new SchemaError(path, "type", $"{Show(instance)} is {actual}, not {string.Join(" or ", allowed)}"));
            }
        }

        if (node["enum"] is JsonArray choices && !choices.Any(c => JsonEquals(c, instance)))
        {
            errors.Add(new SchemaError(path, "enum", $"{Show(instance)} is not one of {choices.ToJsonString()}"));
        }
    }

    private void CheckString(string text, JsonObject node, string path, List<SchemaError> errors)
    {
        if (node["pattern"] is JsonNode pattern)
        {
            var source = pattern.GetValue<string>();
            var regex = _patterns.GetOrAdd(source, p => new Regex(ToDotNetPattern(p), RegexOptions.CultureInvariant));
            if (!regex.IsMatch(text))
            {
                errors.Add(new SchemaError(path, "pattern", $"'{text}' does not match {source}"));
            }
        }

        // JSON Schema counts characters as code points, as JavaScript's [...text].length does.
        var length = text.EnumerateRunes().Count();
        if (node["maxLength"] is JsonNode max && length > max.GetValue<int>())
        {
            errors.Add(new SchemaError(path, "maxLength", $"'{text}' has {length} characters, more than {max.GetValue<int>()}"));
        }
    }

    private static void CheckNumber(double number, JsonObject node, string path, List<SchemaError> errors)
    {
        if (node["minimum"] is JsonNode min && number < Number(min))
        {
            errors.Add(new SchemaError(path, "minimum", string.Create(CultureInfo.InvariantCulture, $"{number} is less than {Number(min)}")));
        }

        if (node["maximum"] is JsonNode max && number > Number(max))
        {
            errors.Add(new SchemaError(path, "maximum", string.Create(CultureInfo.InvariantCulture, $"{number} is more than {Number(max)}")));
        }
    }

    private void CheckObject(JsonObject obj, SchemaNode schema, string path, List<SchemaError> errors, int depth)
    {
        var node = schema.Node;
        var properties = node["properties"] as JsonObject;
        if (node["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()).Where(n => !obj.ContainsKey(n)))
            {
                errors.Add(new SchemaError(path, "required", $"missing required property '{name}'"));
            }
        }

        foreach (var (name, value) in obj)
        {
            var at = path + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            if (properties?[name] is JsonObject property)
            {
                Check(value, new SchemaNode(schema.File, property), at, errors, depth + 1);
            }
            else if (node["additionalProperties"] is JsonNode additional)
            {
                if (additional is JsonObject additionalSchema)
                {
                    Check(value, new SchemaNode(schema.File, additionalSchema), at, errors, depth + 1);
                }
                else if (!additional.GetValue<bool>())
                {
                    errors.Add(new SchemaError(at, "additionalProperties", $"'{name}' is not an allowed property"));
                }
            }
        }
    }

    private void CheckArray(JsonArray array, SchemaNode schema, string path, List<SchemaError> errors, int depth)
    {
        var node = schema.Node;
        if (node["minItems"] is JsonNode min && array.Count < min.GetValue<int>())
        {
            errors.Add(new SchemaError(path, "minItems", $"the list has {array.Count} items, fewer than {min.GetValue<int>()}"));
        }

        if (node["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], new SchemaNode(schema.File, items), path + "/" + i.ToString(CultureInfo.InvariantCulture), errors, depth + 1);
            }
        }
        else if (node["items"] is not null)
        {
            throw new NotSupportedException($"only a single schema under 'items' is supported ({schema.File})");
        }
    }
}
