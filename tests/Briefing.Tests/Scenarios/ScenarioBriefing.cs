using System.Globalization;

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
        "expected.txt", "delete.txt", "grow.txt",
    };

    private ScenarioBriefing(string root) => Root = root;

    /// <summary>The briefing's root folder.</summary>
    public string Root { get; }

    /// <summary>Builds the briefing for <paramref name="scenarioFolder"/>; null builds the base alone.</summary>
    public static ScenarioBriefing Create(string? scenarioFolder)
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-fixtures", Guid.NewGuid().ToString("N"));
        CopyTree(FixturePaths.Base, root, _ => true);
        if (scenarioFolder is not null)
        {
            CopyTree(scenarioFolder, root, rel => !ControlFiles.Contains(rel));
            Delete(root, Lines(Path.Combine(scenarioFolder, "delete.txt")));
            Grow(root, Lines(Path.Combine(scenarioFolder, "grow.txt")));
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
