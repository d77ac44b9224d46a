using System.Reflection;

namespace Briefing.Preview;

/// <summary>The preview's own script and styles, embedded in the assembly.</summary>
internal static class PreviewAssets
{
    public static string ReloadScript { get; } = Read("reload.js");

    public static string NoticeStyles { get; } = Read("notice.css");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the preview asset {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
