using Briefing.Build;
using Briefing.Diagnostics;

namespace Briefing.Safety;

/// <summary>
/// A theme folder on disk and the folder its files must resolve inside. A theme inside the briefing is
/// content like the rest (it arrives in pull requests), so it is held to the briefing's root; a theme
/// named on the command line somewhere else is the operator's choice and is held to itself.
/// </summary>
/// <param name="Root">The theme folder.</param>
/// <param name="Container">The folder every theme file must resolve inside.</param>
/// <param name="DisplayRoot">How messages name the theme folder: <c>theme</c> for a briefing's own, else the path given.</param>
public sealed record ThemeFolder(string Root, string Container, string DisplayRoot)
{
    /// <summary>The theme folder of a build.</summary>
    public static ThemeFolder Of(BuildOptions options)
    {
        var root = Path.GetFullPath(options.Root);
        var theme = Path.GetFullPath(options.Theme);
        var relative = Path.GetRelativePath(root, theme).Replace('\\', '/');
        return PathContainment.IsInside(root, theme)
            ? new ThemeFolder(theme, root, relative)
            : new ThemeFolder(theme, theme, options.Theme.Replace('\\', '/'));
    }

    /// <summary>
    /// Every file of the theme folder that may be read, hidden ones (names starting with '.') left out;
    /// links that lead out of the container are reported as errors and skipped.
    /// </summary>
    public IReadOnlyList<ContainedFile> Files(DiagnosticBag diagnostics) =>
        [.. ContainedFiles.Enumerate(Container, Root, problem =>
            diagnostics.Error(DiagnosticCodes.LinkOutsideBriefing, SourceLocation.StartOf(LinkPrefix + problem.Link), problem.Message(LinkPrefix)),
            skip: name => name.StartsWith('.'))];

    /// <summary>The path of a file of the theme relative to the theme folder, with '/'.</summary>
    public string PathOf(ContainedFile file) => Path.GetRelativePath(Root, file.Path).Replace('\\', '/');

    // Links are named relative to the container: the briefing's root already starts them with the theme's
    // folder; a theme held to itself needs its own name in front.
    private string LinkPrefix => Container == Root ? DisplayRoot.TrimEnd('/') + "/" : "";
}
