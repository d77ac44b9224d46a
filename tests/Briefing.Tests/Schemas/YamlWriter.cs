using System.Text;
using System.Text.Json;

namespace Briefing.Tests.Schemas;

/// <summary>A scalar written exactly as given, unquoted: <c>11000</c>, <c>true</c>, <c>2024-10</c>, <c>"quoted"</c>.</summary>
internal sealed record Plain(string Text);

/// <summary>
/// Writes a small document model as block-style YAML, the way editors write briefing files. A mapping is an
/// <see cref="OrderedDictionary{TKey, TValue}"/>, a list a <see cref="List{T}"/>, a <see cref="string"/> is
/// written double-quoted, a <see cref="Plain"/> as it is, and null as nothing (<c>notes:</c>), which YAML and
/// the loader read as an empty value.
/// </summary>
internal static class YamlWriter
{
    public static OrderedDictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }

        return map;
    }

    public static List<object?> List(params object?[] items) => [.. items];

    public static string Write(object? root)
    {
        var sb = new StringBuilder();
        switch (root)
        {
            case OrderedDictionary<string, object?> map:
                WriteMap(sb, map, 0);
                break;
            case List<object?> list:
                WriteList(sb, list, 0);
                break;
            default:
                sb.Append(Scalar(root)).Append('\n');
                break;
        }

        return sb.ToString();
    }

    /// <summary>A Markdown file with <paramref name="frontMatter"/> between <c>---</c> lines, then <paramref name="body"/>.</summary>
    public static string WriteFrontMatter(OrderedDictionary<string, object?> frontMatter, string body) =>
        "---\n" + Write(frontMatter) + "---\n" + body;

    private static void WriteMap(StringBuilder sb, OrderedDictionary<string, object?> map, int indent)
    {
        foreach (var (key, value) in map)
        {
            sb.Append(' ', indent).Append(key).Append(':');
            WriteValue(sb, value, indent);
        }
    }

    private static void WriteValue(StringBuilder sb, object? value, int indent)
    {
        switch (value)
        {
            case null:
                sb.Append('\n');
                break;
            case List<object?> { Count: 0 }:
                sb.Append(" []\n");
                break;
            case List<object?> list:
                sb.Append('\n');
                WriteList(sb, list, indent + 2);
                break;
            case OrderedDictionary<string, object?> { Count: 0 }:
                sb.Append(" {}\n");
                break;
            case OrderedDictionary<string, object?> map:
                sb.Append('\n');
                WriteMap(sb, map, indent + 2);
                break;
            default:
                sb.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteList(StringBuilder sb, List<object?> list, int indent)
    {
        foreach (var item in list)
        {
            switch (item)
            {
                case OrderedDictionary<string, object?> { Count: > 0 } map:
                    // "- first: 1" then the other keys under "first".
                    var inner = new StringBuilder();
                    WriteMap(inner, map, indent + 2);
                    sb.Append(' ', indent).Append("- ").Append(inner.ToString(indent + 2, inner.Length - indent - 2));
                    break;
                case List<object?> { Count: > 0 } nested:
                    sb.Append(' ', indent).Append("-\n");
                    WriteList(sb, nested, indent + 2);
                    break;
                default:
                    sb.Append(' ', indent).Append('-');
                    WriteValue(sb, item, indent);
                    break;
            }
        }
    }

    private static string Scalar(object? value) => value switch
    {
        null => "",
        Plain plain => plain.Text,
        string text => JsonSerializer.Serialize(text),
        _ => throw new ArgumentException($"unsupported value {value.GetType().Name}", nameof(value)),
    };
}
