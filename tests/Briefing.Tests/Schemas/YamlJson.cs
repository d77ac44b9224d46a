using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using Rm = YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Schemas;

/// <summary>
/// Reads YAML into the JSON values a schema sees, the way VS Code's YAML extension does: YAML 1.2's core
/// schema. A plain <c>11000</c> is a number, a plain <c>true</c> a boolean, <c>notes:</c> with nothing
/// after it is null, and everything else (<c>2024-10-16</c>, <c>yes</c>, any quoted or block scalar) is a
/// string. This is also how the loader reads numbers, booleans and empty values; where it reads a field as
/// text (<c>title: 1984</c>) the schema allows the number.
/// </summary>
internal static partial class YamlJson
{
    /// <summary>Reads one YAML document; an empty file is null.</summary>
    public static JsonNode? Parse(string yaml)
    {
        var stream = new Rm.YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count switch
        {
            0 => null,
            1 => Convert(stream.Documents[0].RootNode),
            _ => throw new InvalidDataException("a briefing file holds one YAML document"),
        };
    }

    /// <summary>
    /// The YAML front matter of a topic or page: the lines between a first line <c>---</c> and the next
    /// <c>---</c> line, found the way the loader finds them.
    /// </summary>
    public static string FrontMatter(string markdown)
    {
        var lines = markdown.Split('\n');
        var close = lines.Length > 0 && IsFence(lines[0]) ? Array.FindIndex(lines, 1, IsFence) : -1;
        return close > 0 ? string.Join('\n', lines[1..close]) : throw new InvalidDataException("no front matter");
    }

    /// <summary>A scalar as YAML 1.2's core schema resolves it.</summary>
    public static JsonNode? Scalar(string text, ScalarStyle style)
    {
        if (style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => JsonValue.Create(double.PositiveInfinity),
            "-.inf" or "-.Inf" or "-.INF" => JsonValue.Create(double.NegativeInfinity),
            ".nan" or ".NaN" or ".NAN" => JsonValue.Create(double.NaN),
            _ when Octal().IsMatch(text) => JsonValue.Create((double)System.Convert.ToInt64(text[2..], 8)),
            _ when Hex().IsMatch(text) => JsonValue.Create((double)long.Parse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)),
            _ when Decimal().IsMatch(text) => JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";

    private static JsonNode? Convert(Rm.YamlNode node)
    {
        switch (node)
        {
            case Rm.YamlScalarNode scalar:
                if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
                {
                    throw new NotSupportedException($"YAML tag {scalar.Tag} is not used in briefing files");
                }

                return Scalar(scalar.Value ?? "", scalar.Style);
            case Rm.YamlSequenceNode sequence:
                return new JsonArray([.. sequence.Children.Select(Convert)]);
            case Rm.YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    obj.Add(key is Rm.YamlScalarNode k ? k.Value ?? "" : throw new NotSupportedException("keys are single values"), Convert(value));
                }

                return obj;
            default:
                throw new NotSupportedException($"unexpected YAML node {node.NodeType}");
        }
    }

    // The integer and float forms of the YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
    [GeneratedRegex(@"^0o[0-7]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Octal();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Hex();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();
}
