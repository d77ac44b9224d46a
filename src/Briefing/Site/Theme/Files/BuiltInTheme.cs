using Briefing.Common;

namespace Briefing.Site.Theme.Files;

/// <summary>
/// The default theme, embedded in the library at build time from the repository's <c>theme/</c>
/// folder (see Briefing.csproj), so that the tool builds a site where no theme folder exists.
/// </summary>
public static class BuiltInTheme
{
    /// <summary>How diagnostics name the built-in theme's folder.</summary>
    public const string DisplayRoot = "(built-in theme)";

    private const string Prefix = "theme/";

    private static readonly Lazy<IReadOnlyList<ThemeFile>> All = new(() =>
        [.. EmbeddedFiles.Under(Prefix).Select(name =>
            new ThemeFile(name[Prefix.Length..], $"{DisplayRoot}/{name[Prefix.Length..]}", IsBuiltIn: true, () => EmbeddedFiles.Bytes(name)))]);

    /// <summary>Every file of the built-in theme, sorted by path.</summary>
    public static IReadOnlyList<ThemeFile> Files => All.Value;
}
