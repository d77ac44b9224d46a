using System.Text;

namespace Briefing.Cli;

/// <summary>Reads a text file embedded in this assembly at build time.</summary>
internal static class EmbeddedText
{
    public static string Read(string resource)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the tool was built without its resource '{resource}'");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
