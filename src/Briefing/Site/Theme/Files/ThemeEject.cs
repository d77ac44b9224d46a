namespace Briefing.Site.Theme.Files;

/// <summary>
/// <c>briefing theme eject [DIR]</c>: copies the built-in theme out to be changed. It refuses when any
/// file it would write exists already, and then writes nothing: an edited template is never replaced.
/// </summary>
public static class ThemeEject
{
    /// <summary>Copies every built-in theme file under <paramref name="destination"/>; null on success, else why nothing was written.</summary>
    public static string? Run(string destination, out int written)
    {
        ArgumentNullException.ThrowIfNull(destination);
        written = 0;
        var existing = BuiltInTheme.Files.Select(f => f.Path).Where(p => File.Exists(Path.Combine(destination, p))).ToList();
        if (existing.Count > 0)
        {
            var shown = string.Join(", ", existing.Take(3)) + (existing.Count > 3 ? $" and {existing.Count - 3} more" : "");
            return $"'{destination}' already has {shown}; eject never overwrites: move them away, or eject into another folder (briefing theme eject DIR)";
        }

        foreach (var file in BuiltInTheme.Files)
        {
            var full = Path.Combine(destination, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(file.Read());
            written++;
        }

        return null;
    }
}
