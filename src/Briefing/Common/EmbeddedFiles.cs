using System.Reflection;
using System.Text;

namespace Briefing.Common;

/// <summary>
/// Files of this repository embedded in the library at build time (see Briefing.csproj): the built-in
/// theme under <c>theme/</c>, the JSON Schemas under <c>schemas/</c>, and what <c>briefing init</c> copies
/// under <c>init/</c>. Names always use '/'.
/// </summary>
public static class EmbeddedFiles
{
    private static readonly Assembly Assembly = typeof(EmbeddedFiles).Assembly;

    private static readonly Lazy<string[]> Names = new(() =>
        [.. Assembly.GetManifestResourceNames().Where(n => n.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)]);

    /// <summary>The names under <paramref name="prefix"/> (e.g. <c>schemas/</c>), sorted.</summary>
    public static IEnumerable<string> Under(string prefix) => Names.Value.Where(n => n.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The bytes of the embedded file <paramref name="name"/>.</summary>
    public static byte[] Bytes(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the library was built without its embedded file '{name}'");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The embedded file <paramref name="name"/> as UTF-8 text, with '\n' line ends.</summary>
    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name)).TrimStart('\uFEFF').ReplaceLineEndings("\n");
}
