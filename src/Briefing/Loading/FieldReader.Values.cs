using System.Globalization;
using Briefing.Common;
using Briefing.Dates;
using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>Typed values: Markdown, dates, URLs, numbers, choices and lists.</summary>
internal sealed partial class FieldReader
{
    /// <summary>Markdown, remembering where its first line stands in the file.</summary>
    public MarkdownText? Markdown(string key, bool required = false, bool inline = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Value.Trim().Length == 0)
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.MissingField, scalar.Location, $"the required field '{key}' of this {_what} is empty");
            }

            return null;
        }

        // A block scalar's text starts on the line after its '|' or '>' indicator.
        var start = scalar.IsBlock ? new SourceLocation(scalar.Location.File, scalar.Location.Line + 1, 1) : scalar.Location;
        var text = new MarkdownText(scalar.Value, start, inline) { Positions = PositionMap.For(scalar) };
        LeftOvers.WarnIfTodo($"'{key}'", text, _diagnostics);
        return text;
    }

    /// <summary>A date in the briefing's EDTF subset.</summary>
    public EdtfDate? Date(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (EdtfDate.TryParse(scalar.Value, out var date, out var error))
        {
            LeftOvers.WarnIfTodaysDate(key, scalar, _diagnostics);
            return date;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidDate, scalar.Location, $"'{key}': {error}");
        return null;
    }

    /// <summary>An absolute http(s) URL.</summary>
    public Uri? Url(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        var text = scalar.Value.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host))
        {
            return uri;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidUrl, scalar.Location,
            $"'{key}' must be an absolute http:// or https:// address, e.g. https://example.org/; got '{text}'");
        return null;
    }

    /// <summary>One of a fixed set of words, e.g. a kind or a stance.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, Func<string, string?>? explain = null)
        where T : struct
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (choices.TryGetValue(scalar.Value.Trim(), out var value))
        {
            return value;
        }

        // A hint that knows what was meant beats the nearest spelling ('c' is C, not A).
        var hint = explain?.Invoke(scalar.Value) ?? Suggestions.DidYouMean(scalar.Value, choices.Keys);
        _diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location,
            $"'{scalar.Value}' is not a valid {key}{hint} (one of: {string.Join(", ", choices.Keys)})");
        return null;
    }

    /// <summary>A number written plainly (11000, 0.5); quoted numbers and thousands separators are refused.</summary>
    public decimal? Number(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (scalar.IsPlain && decimal.TryParse(scalar.Value, style, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var hint = scalar.Value.Contains(',', StringComparison.Ordinal) ? $"; write it without separators, e.g. {scalar.Value.Replace(",", "", StringComparison.Ordinal)}"
            : !scalar.IsPlain ? "; write it without quotes" : "";
        _diagnostics.Error(DiagnosticCodes.WrongType, scalar.Location, $"'{key}' must be a number, not '{scalar.Value}'{hint}");
        return null;
    }

    /// <summary>A whole number.</summary>
    public int? Integer(string key)
    {
        var number = Number(key);
        if (number is null)
        {
            return null;
        }

        if (decimal.Truncate(number.Value) == number.Value && number.Value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number.Value;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(key), $"'{key}' must be a whole number, not {number.Value.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    /// <summary>true or false.</summary>
    public bool? Bool(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        switch (scalar.IsPlain ? scalar.Value : "")
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                _diagnostics.Error(DiagnosticCodes.WrongType, scalar.Location, $"'{key}' must be true or false, not '{scalar.Value}'");
                return null;
        }
    }

    /// <summary>A reference to one id.</summary>
    public IdRef? Reference(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        return scalar is not null && CheckId(scalar) ? new IdRef(scalar.Value, scalar.Location) : null;
    }

    /// <summary>A list of ids; <paramref name="required"/> means at least one.</summary>
    public IReadOnlyList<IdRef> References(string key, bool required = false) =>
        [.. Items(key, required).OfType<YamlScalar>().Where(CheckId).Select(s => new IdRef(s.Value, s.Location))];

    /// <summary>A list of plain texts.</summary>
    public IReadOnlyList<YamlScalar> Texts(string key) => [.. Items(key, required: false).OfType<YamlScalar>()];

    /// <summary>The items of a list; each item that is not a single value is reported when <paramref name="scalars"/>.</summary>
    public IReadOnlyList<YamlNode> Items(string key, bool required, bool scalars = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequence sequence)
        {
            var example = node is YamlScalar s ? $", e.g. [{s.Value}]" : "";
            _diagnostics.Error(DiagnosticCodes.WrongType, node.Location, $"'{key}' must be a list{example}");
            return [];
        }

        if (sequence.Items.Count == 0 && required)
        {
            _diagnostics.Error(DiagnosticCodes.EmptyList, sequence.Location, $"'{key}' needs at least one item");
        }

        foreach (var item in sequence.Items.Where(i => scalars && i is not YamlScalar))
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, item.Location, $"each item of '{key}' must be a single value, not {item.KindName}");
        }

        return sequence.Items;
    }
}
