using System.Text;

namespace Briefing.Generator;

/// <summary>The little YAML the generator writes: double-quoted scalars and flow lists of ids.</summary>
internal static class Yaml
{
    public static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    /// <summary>Appends a block scalar (<c>key: |</c>) indented by <paramref name="indent"/> spaces.</summary>
    public static void Block(StringBuilder into, string indent, string key, string text)
    {
        into.Append(indent).Append(key).Append(": |\n");
        foreach (var line in text.Split('\n'))
        {
            into.Append(indent).Append("  ").Append(line).Append('\n');
        }
    }
}
