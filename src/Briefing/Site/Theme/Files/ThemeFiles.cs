namespace Briefing.Site.Theme.Files;

/// <summary>
/// The theme a build uses: the built-in theme, with every file of the briefing's own theme folder
/// replacing the built-in file of the same path and adding those the built-in theme lacks. So a
/// briefing changes one template, partial or asset without copying the rest.
/// </summary>
public sealed class ThemeFiles
{
    private readonly SortedDictionary<string, ThemeFile> _files;

    private ThemeFiles(SortedDictionary<string, ThemeFile> files) => _files = files;

    /// <summary>Every file, sorted by path.</summary>
    public IEnumerable<ThemeFile> All => _files.Values;

    /// <summary>
    /// The built-in theme overlaid with <paramref name="folder"/> when it exists; <paramref name="displayRoot"/>
    /// is how messages name that folder (<c>theme</c> for a briefing's own).
    /// </summary>
    public static ThemeFiles Resolve(string? folder, string displayRoot)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var file in BuiltInTheme.Files)
        {
            files[file.Path] = file;
        }

        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in OwnFiles(folder, displayRoot))
            {
                files[file.Path] = file;
            }
        }

        return new ThemeFiles(files);
    }

    /// <summary>The files under <paramref name="prefix"/> (e.g. <c>templates/</c>), sorted by path.</summary>
    public IEnumerable<ThemeFile> Under(string prefix) => _files.Values.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The file at <paramref name="path"/>, if the theme has it.</summary>
    public ThemeFile? Find(string path) => _files.GetValueOrDefault(path);

    // Hidden files and folders (editors' swap files, .DS_Store) are not part of a theme.
    private static IEnumerable<ThemeFile> OwnFiles(string folder, string displayRoot)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(folder, "*", options)
            .Select(full => (Full: full, Path: Path.GetRelativePath(folder, full).Replace('\\', '/')))
            .Where(f => !f.Path.Split('/').Any(segment => segment.StartsWith('.')))
            .Select(f => new ThemeFile(f.Path, $"{displayRoot}/{f.Path}", IsBuiltIn: false, () => File.ReadAllBytes(f.Full)));
    }
}
