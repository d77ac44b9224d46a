using System.Text;

namespace Briefing.Generator;

/// <summary>Writes generated files as UTF-8 without a byte-order mark, with '\n' line ends on every platform.</summary>
internal static class Files
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string root, string relativePath, string text)
    {
        var full = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, Utf8);
    }
}
