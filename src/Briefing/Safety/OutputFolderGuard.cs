using System.Text.RegularExpressions;

namespace Briefing.Safety;

/// <summary>
/// The output folder is replaced wholesale on every build, so the build only replaces a folder it
/// made itself: one that is absent, empty, or carries the marker file every build writes into its
/// output. Anything else may be someone's own files and is left alone.
/// </summary>
public static partial class OutputFolderGuard
{
    /// <summary>The marker's file name, at the top of every site the build writes.</summary>
    public const string MarkerName = ".briefing-output";

    /// <summary>The marker's content: the same for every build, so output stays byte-identical.</summary>
    public const string MarkerText =
        "This folder is written by 'briefing build' and replaced, with everything in it, on every build.\n" +
        "Keep nothing of your own here.\n";

    /// <summary>Why <paramref name="output"/> must not be replaced, or null when it may be.</summary>
    public static string? Refusal(string output)
    {
        var full = Path.GetFullPath(output);
        if (File.Exists(full))
        {
            return $"--output '{output}' is a file, not a folder; nothing was changed. Choose a folder the build may own";
        }

        if (!Directory.Exists(full) || IsOwned(full))
        {
            return null;
        }

        var entries = Directory.EnumerateFileSystemEntries(full).Select(e => Path.GetFileName(e) + (Directory.Exists(e) ? "/" : ""))
            .Order(StringComparer.Ordinal).ToList();
        var examples = string.Join(", ", entries.Take(3).Select(e => $"'{e}'"));
        return $"--output '{output}' already holds {entries.Count} {(entries.Count == 1 ? "entry" : "entries")} the build did not write " +
            $"({examples}{(entries.Count > 3 ? ", ..." : "")}) and no {MarkerName} marker, so it is not replaced and nothing was deleted. " +
            "Choose an empty or new folder, or empty this one yourself";
    }

    /// <summary>True when the build may replace <paramref name="folder"/> (an existing folder): it is empty or carries the marker.</summary>
    public static bool IsOwned(string folder) =>
        File.Exists(Path.Combine(folder, MarkerName)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Writes the marker into a site folder being built.</summary>
    public static void WriteMarker(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, MarkerName), MarkerText);
    }

    /// <summary>
    /// Removes what an interrupted build left beside <paramref name="output"/>: hidden folders named
    /// <c>.NAME.new-*</c> or <c>.NAME.old-*</c> (the build's own naming, a 32-digit hex suffix) that
    /// are empty or carry the marker. When the build was killed between moving the old site aside and
    /// moving the new one in, the old site is put back first, so the previous site is never lost.
    /// </summary>
    public static void ClearLeftovers(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(full);
        var leftovers = Directory.EnumerateDirectories(parent, $".{name}.*")
            .Where(d => Leftover().Match(Path.GetFileName(d)) is { Success: true } m && m.Groups[1].Value == name)
            .Where(d => new DirectoryInfo(d).LinkTarget is null && IsOwned(d))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!Directory.Exists(full) && leftovers.FirstOrDefault(d => d.Contains(".old-", StringComparison.Ordinal)) is { } previous)
        {
            Directory.Move(previous, full);
            leftovers.Remove(previous);
        }

        foreach (var folder in leftovers)
        {
            TryDelete(folder);
        }
    }

    /// <summary>
    /// Deletes a folder the build owns, the marker last: a delete cut short by a kill leaves a folder
    /// that still says it is the build's, so the next build can finish the job.
    /// </summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => Path.GetFileName(e) != MarkerName).ToList())
            {
                if (Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null)
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }

            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build may be using it; a leftover is harmless and the next build tries again.
        }
    }

    [GeneratedRegex(@"^\.(.+)\.(?:new|old)-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();
}
