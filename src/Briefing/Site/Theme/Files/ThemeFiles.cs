using Briefing.Diagnostics;
using Briefing.Safety;

namespace Briefing.Site.Theme.Files;

/// <summary>
/// The theme a build uses: the built-in theme, with every file of the briefing's own theme folder
/// replacing the built-in file of the same path and adding those the built-in theme lacks. So a
/// briefing changes one template, partial or asset without copying the rest. Only the folder's files
/// are held to a container (see <see cref="ThemeFolder"/>): the built-in theme is embedded in the
/// library, so none of its files can be a link.
/// </summary>
public sealed class ThemeFiles
{
    private readonly SortedDictionary<string, ThemeFile> _files;

    private ThemeFiles(SortedDictionary<string, ThemeFile> files) => _files = files;

    /// <summary>Every file, sorted by path.</summary>
    public IEnumerable<ThemeFile> All => _files.Values;

    /// <summary>
    /// The built-in theme overlaid with <paramref name="folder"/>'s files when it exists. A file of the
    /// folder that is a link leading out of its container is reported in <paramref name="diagnostics"/> and not used.
    /// </summary>
    public static ThemeFiles Resolve(ThemeFolder folder, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var file in BuiltInTheme.Files)
        {
            files[file.Path] = file;
        }

        foreach (var file in folder.Files(diagnostics))
        {
            var path = folder.PathOf(file);
            files[path] = new ThemeFile(path, $"{folder.DisplayRoot}/{path}", IsBuiltIn: false, () => File.ReadAllBytes(file.RealPath));
        }

        return new ThemeFiles(files);
    }

    /// <summary>The files under <paramref name="prefix"/> (e.g. <c>templates/</c>), sorted by path.</summary>
    public IEnumerable<ThemeFile> Under(string prefix) => _files.Values.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The file at <paramref name="path"/>, if the theme has it.</summary>
    public ThemeFile? Find(string path) => _files.GetValueOrDefault(path);
}
