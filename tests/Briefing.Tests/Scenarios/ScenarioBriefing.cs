using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Briefing.Tests.Scenarios;

/// <summary>
/// A scenario made real in a fresh temporary folder: the base briefing, with the scenario's files laid
/// over it, the paths in its delete.txt removed and the files in its grow.txt enlarged. Deleted on dispose.
/// </summary>
internal sealed class ScenarioBriefing : IDisposable
{
    /// <summary>Files of a scenario folder that describe the scenario rather than belong to the briefing.</summary>
    public static readonly IReadOnlySet<string> ControlFiles = new HashSet<string>(StringComparer.Ordinal)
    {
        "expected.txt", "output.txt", "delete.txt", "grow.txt", "base.txt", "edit.txt",
    };

    private ScenarioBriefing(string root) => Root = root;

    /// <summary>The briefing's root folder.</summary>
    public string Root { get; }

    /// <summary>Builds the briefing for <paramref name="scenarioFolder"/>; null builds the base alone.</summary>
    public static ScenarioBriefing Create(string? scenarioFolder)
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-fixtures", Guid.NewGuid().ToString("N"));
        var baseName = scenarioFolder is null ? [] : Lines(Path.Combine(scenarioFolder, "base.txt"));
        CopyTree(baseName.Count == 0 ? FixturePaths.Base : Path.Combine(FixturePaths.FixturesRoot, baseName[0]), root, _ => true);
        if (scenarioFolder is not null)
        {
            CopyTree(scenarioFolder, root, rel => !ControlFiles.Contains(rel));
            Delete(root, Lines(Path.Combine(scenarioFolder, "delete.txt")));
            Grow(root, Lines(Path.Combine(scenarioFolder, "grow.txt")));
            Edit(root, Lines(Path.Combine(scenarioFolder, "edit.txt")));
        }

        return new ScenarioBriefing(root);
    }

    /// <summary>The meaningful lines of a control file: trimmed, without blank lines and # comments.</summary>
    public static IReadOnlyList<string> Lines(string file) =>
        File.Exists(file)
            ? [.. File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]
            : [];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyTree(string from, string to, Func<string, bool> include)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(from, file).Replace('\\', '/');
            if (!include(rel))
            {
                continue;
            }

            var target = Path.Combine(to, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (new FileInfo(file).LinkTarget is { } link)
            {
                // A scenario about links keeps them as links (relative, so they point where the scenario says).
                File.Delete(target);
                File.CreateSymbolicLink(target, link);
            }
            else
            {
                File.Copy(file, target, overwrite: true);
            }
        }
    }

    private static void Delete(string root, IEnumerable<string> paths)
    {
        foreach (var rel in paths)
        {
            var full = Path.Combine(root, rel);
            if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }
            else if (File.Exists(full))
            {
                File.Delete(full);
            }
            else
            {
                throw new InvalidOperationException($"delete.txt names '{rel}', which the base does not have");
            }
        }
    }

    // ["path", "old", "new"] as JSON: replaces the one occurrence of old in the file, so that a scenario on
    // the seed shows the editor's slip itself instead of a copy of a whole file. \t and \n are written as JSON escapes.
    private static void Edit(string root, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var edit = JsonSerializer.Deserialize<string[]>(line) ?? throw new InvalidOperationException($"edit.txt: '{line}' is not a JSON array");
            var full = Path.Combine(root, edit[0]);
            var text = File.ReadAllText(full, Encoding.UTF8);
            var at = text.IndexOf(edit[1], StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(edit[1], at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"edit.txt: {edit[0]} must hold \"{edit[1]}\" exactly once");
            }

            File.WriteAllText(full, text[..at] + edit[2] + text[(at + edit[1].Length)..], new UTF8Encoding(false));
        }
    }

    // "path bytes": pads the file (created if absent) with newlines up to that size, for files too
    // large to commit.
    private static void Grow(string root, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var full = Path.Combine(root, parts[0]);
            var size = long.Parse(parts[1], CultureInfo.InvariantCulture);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = new FileStream(full, FileMode.Append, FileAccess.Write);
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'\n');
            while (stream.Length < size)
            {
                stream.Write(chunk, 0, (int)Math.Min(chunk.Length, size - stream.Length));
            }
        }
    }
}
