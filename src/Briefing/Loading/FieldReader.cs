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

    // Fields that an unknown key is a near miss of ('statment' for 'statement'): the unknown key's error
    // already says what to fix, so "'statement' is missing" would only repeat it.
    private readonly HashSet<string> _misspelt;

    private FieldReader(YamlMapping map, string what, HashSet<string> misspelt, DiagnosticBag diagnostics)
    {
        _map = map;
        _what = what;
        _misspelt = misspelt;
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

        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries.Where(e => !knownKeys.Contains(e.Key.Value)))
        {
            var meant = Suggestions.Closest(entry.Key.Value, knownKeys);
            var missing = meant is not null && map.Find(meant) is null;
            if (missing)
            {
                misspelt.Add(meant!);
            }

            var hint = meant is null ? "" : missing ? $"; did you mean '{meant}'? (this {what} has no '{meant}')" : $"; did you mean '{meant}'?";
            diagnostics.Error(DiagnosticCodes.UnknownKey, entry.Key.Location,
                $"'{entry.Key.Value}' is not a field of a {what}{hint} (fields: {string.Join(", ", knownKeys)})");
        }

        return new FieldReader(map, what, misspelt, diagnostics);
    }

    /// <summary>The value node of <paramref name="key"/>, or null when absent or YAML null.</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        var entry = _map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            if (required && !(entry is null && _misspelt.Contains(key)))
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

        LeftOvers.WarnIfTodo(key, scalar, scalar.Value, _diagnostics);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A text that YAML may have cut at a ' #' (a quote, a statement): warns when it did.</summary>
    public void WarnIfCutByComment(string key)
    {
        if (Node(key) is YamlScalar scalar)
        {
            LeftOvers.WarnIfCutByComment(key, scalar, _diagnostics);
        }
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
