using Briefing.Diagnostics;
using Briefing.Safety;

namespace Briefing.Loading;

/// <summary>
/// The layout of input/: which relative path is which kind of file. Paths use '/' whatever the platform,
/// so that diagnostics and tests read the same everywhere.
/// </summary>
internal static class InputLayout
{
    /// <summary>
    /// Every file under <c>root/input</c>, relative to root, sorted; hidden files and folders are skipped,
    /// and so is a link that leads outside the root (reported to <paramref name="diagnostics"/>).
    /// </summary>
    public static IReadOnlyList<string> Enumerate(string root, DiagnosticBag? diagnostics = null)
    {
        var files = ContainedFiles.Enumerate(root, Path.Combine(root, "input"),
            problem => diagnostics?.Error(DiagnosticCodes.LinkOutsideBriefing, SourceLocation.StartOf(problem.Link), problem.Message()),
            name => name.StartsWith('.'));
        return [.. files.Select(f => Path.GetRelativePath(root, f.Path).Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    /// <summary>The kind of file at <paramref name="path"/> (relative to the root).</summary>
    public static InputFileKind Classify(string path)
    {
        var parts = path.Split('/');
        return parts switch
        {
            ["input", "site.yml"] => InputFileKind.Site,
            ["input", "events.yml"] => InputFileKind.Events,
            ["input", "events", var f] when f.EndsWith(".yml", StringComparison.Ordinal) => InputFileKind.Events,
            ["input", "entities.yml"] => InputFileKind.Entities,
            ["input", "measures.yml"] => InputFileKind.Measures,
            ["input", "sources", var f] when f.EndsWith(".yml", StringComparison.Ordinal) => InputFileKind.Source,
            ["input", "claims", var f] when f.EndsWith(".yml", StringComparison.Ordinal) => InputFileKind.Claims,
            ["input", "topics", var f] when f.EndsWith(".md", StringComparison.Ordinal) => InputFileKind.Topic,
            ["input", "pages", var f] when f.EndsWith(".md", StringComparison.Ordinal) => InputFileKind.Page,
            _ => InputFileKind.Unexpected,
        };
    }

    /// <summary>Advice for a file that does not belong, naming the file it was probably meant to be.</summary>
    public static string AdviceFor(string path)
    {
        var ext = Path.GetExtension(path);
        var renamed = ext switch
        {
            ".yaml" => Path.ChangeExtension(path, ".yml").Replace('\\', '/'),
            ".markdown" => Path.ChangeExtension(path, ".md").Replace('\\', '/'),
            _ => null,
        };
        return renamed is not null && Classify(renamed) != InputFileKind.Unexpected
            ? $"'{path}' is not read: rename it to '{renamed}'"
            : $"'{path}' is not part of a briefing's layout and would be ignored; move or remove it (docs/format.md#layout, or 'briefing docs format', lists every file a briefing may hold)";
    }

    /// <summary>The id a file gives its source, topic or page: its name without extension.</summary>
    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);
}
