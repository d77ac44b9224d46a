using Briefing.Build;
using Briefing.Diagnostics;

namespace Briefing.Safety;

/// <summary>
/// A theme folder and the folder its files must resolve inside. A theme inside the briefing is
/// content like the rest (it arrives in pull requests), so it is held to the briefing's root; a theme
/// named on the command line somewhere else is the operator's choice and is held to itself.
/// </summary>
/// <param name="Root">The theme folder.</param>
/// <param name="Container">The folder every theme file must resolve inside.</param>
/// <param name="DisplayPrefix">Put before a link's path (relative to the container) when it is reported.</param>
public sealed record ThemeFolder(string Root, string Container, string DisplayPrefix)
{
    /// <summary>The theme of a build.</summary>
    public static ThemeFolder Of(BuildOptions options, string displayRoot)
    {
        var theme = Path.GetFullPath(options.Theme);
        return PathContainment.IsInside(Path.GetFullPath(options.Root), theme)
            ? new ThemeFolder(theme, options.Root, "")
            : new ThemeFolder(theme, theme, displayRoot.TrimEnd('/') + "/");
    }

    /// <summary>Every file under <paramref name="subfolder"/> that may be read; links that lead out are reported.</summary>
    public IReadOnlyList<ContainedFile> Files(string subfolder, DiagnosticBag? diagnostics) =>
        [.. ContainedFiles.Enumerate(Container, Path.Combine(Root, subfolder), problem =>
            diagnostics?.Error(DiagnosticCodes.LinkOutsideBriefing, SourceLocation.StartOf(DisplayPrefix + problem.Link), problem.Message(DisplayPrefix)))];
}
