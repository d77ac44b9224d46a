using Briefing.Common;
using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>
/// Reads the fields of one YAML mapping (a claim, a source…) into typed values. Every problem is
/// reported against the node the editor wrote, and unknown keys are reported once, on creation,
/// so that a misspelt field is never silently ignored.
/// </summary>
internal sealed partial class FieldReader
{
    private readonly YamlMapping _map;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;

    private FieldReader(YamlMapping map, string what, DiagnosticBag diagnostics)
    {
        _map = map;
        _what = what;
        _diagnostics = diagnostics;
    }

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Location => _map.Location;

    /// <summary>The diagnostics being collected.</summary>
    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>
    /// A reader over <paramref name="node"/>, or null (after reporting) when it is not a mapping.
    /// <paramref name="what"/> names the thing in messages ("claim", "figure").
    /// </summary>
    public static FieldReader? Open(YamlNode node, string what, IReadOnlyCollection<string> knownKeys, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping map)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, node.Location,
                $"a {what} must be a mapping of fields (key: value), not {node.KindName}");
            return null;
        }

        foreach (var entry in map.Entries.Where(e => !knownKeys.Contains(e.Key.Value)))
        {
            diagnostics.Error(DiagnosticCodes.UnknownKey, entry.Key.Location,
                $"'{entry.Key.Value}' is not a field of a {what}{Suggestions.DidYouMean(entry.Key.Value, knownKeys)}"
                + $" (fields: {string.Join(", ", knownKeys)})");
        }

        return new FieldReader(map, what, diagnostics);
    }

    /// <summary>The value node of <paramref name="key"/>, or null when absent or YAML null.</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        var entry = _map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            if (required)
            {
                var at = entry?.Key.Location ?? _map.Location;
                var how = entry is null ? "is missing" : "has no value";
                _diagnostics.Error(DiagnosticCodes.MissingField, at, $"the required field '{key}' of this {_what} {how}");
            }

            return null;
        }

        return entry.Value;
    }

    /// <summary>Where <paramref name="key"/> was written, or the mapping's start.</summary>
    public SourceLocation LocationOf(string key) => _map.Find(key)?.Value.Location ?? _map.Location;

    /// <summary>A single scalar value, or null (after reporting) when absent or of another type.</summary>
    public YamlScalar? Scalar(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null or YamlScalar)
        {
            return node as YamlScalar;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, node.Location, $"'{key}' must be a single value, not {node.KindName}");
        return null;
    }

    /// <summary>A plain text (not Markdown), trimmed; a required text may not be blank.</summary>
    public string? Text(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        var text = scalar.Value.Trim();
        if (text.Length == 0 && required)
        {
            _diagnostics.Error(DiagnosticCodes.MissingField, scalar.Location, $"the required field '{key}' of this {_what} is empty");
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The <c>id</c> field, checked against the id pattern. An invalid id is reported but kept as written
    /// (a missing one is ""), so the rest of the item is still checked and references to it still resolve.
    /// </summary>
    public string Id(string key = "id")
    {
        var scalar = Scalar(key, required: true);
        if (scalar is not null)
        {
            CheckId(scalar);
        }

        return scalar?.Value ?? "";
    }

    /// <summary>Reports an invalid id at its node.</summary>
    public bool CheckId(YamlScalar scalar)
    {
        if (Ids.IsValid(scalar.Value))
        {
            return true;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidId, scalar.Location, Ids.Explain(scalar.Value));
        return false;
    }
}
