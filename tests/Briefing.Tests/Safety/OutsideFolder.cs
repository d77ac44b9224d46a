namespace Briefing.Tests.Safety;

/// <summary>
/// A folder beside the briefing, standing for what a link could reach (/etc, the CI job's files):
/// every file in it carries <see cref="Secret"/>, which must never show up in a message or a page.
/// </summary>
internal sealed class OutsideFolder : IDisposable
{
    public const string Secret = "TOP-SECRET-7f3a";

    public OutsideFolder()
    {
        Directory.CreateDirectory(Path);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "briefing-outside", Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="name"/> holding the secret and <paramref name="content"/>; returns its full path.</summary>
    public string File(string name, string content = "")
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, $"{Secret}\n{content}");
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
