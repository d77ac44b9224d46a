using System.Text.RegularExpressions;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// A copy of the unit tests' minimal fixture briefing whose one source gets a publisher that appears
/// nowhere else. The seed sources have no publisher, and a made-up word is the only proof that search
/// found the source through its publisher rather than through its title or text.
/// </summary>
internal sealed partial class PublisherBriefing : IDisposable
{
    /// <summary>A word no fixture file contains, so a hit can only come from the publisher field.</summary>
    public const string PublisherWord = "Quillfeather";

    public PublisherBriefing()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-browser-tests", "publisher-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "fixtures", "base"), Root);
        if (Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains(PublisherWord, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"the fixture already contains '{PublisherWord}': pick another word");
        }

        var source = Directory.EnumerateFiles(Path.Combine(Root, "input", "sources"), "*.yml").Order(StringComparer.Ordinal).First();
        SourceId = Path.GetFileNameWithoutExtension(source);
        var yaml = PublisherLine().Replace(File.ReadAllText(source), "");
        File.WriteAllText(source, yaml.TrimEnd('\n') + $"\npublisher: {PublisherWord} Gazette\n");
    }

    /// <summary>The copy's root folder (holds input/ and seeds/).</summary>
    public string Root { get; }

    /// <summary>The id of the source that now has the publisher.</summary>
    public string SourceId { get; }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^publisher:.*\n", RegexOptions.Multiline)]
    private static partial Regex PublisherLine();

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
