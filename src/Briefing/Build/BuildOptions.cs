namespace Briefing.Build;

/// <summary>What to build, from where, to where.</summary>
/// <param name="Root">The briefing's root (holds input/ and seeds/).</param>
/// <param name="Output">Where the site goes; replaced only when the build succeeds.</param>
/// <param name="Theme">The theme folder whose files replace the built-in theme's, file by file; when it does not exist, the built-in theme alone.</param>
/// <param name="BaseUrl">Overrides site.yml's base_url (deploy previews).</param>
/// <param name="Strict">Warnings fail the build too.</param>
/// <param name="NoIndex">Keep the site out of search engines (deploy previews): every page says noindex, robots.txt disallows all.</param>
/// <param name="History">Read the briefing's history from git when the root is a checkout (<c>--no-history</c> turns it off).</param>
public sealed record BuildOptions(string Root, string Output, string Theme, Uri? BaseUrl = null, bool Strict = false, bool NoIndex = false, bool History = true)
{
    /// <summary>The defaults of the command line for a root: output/ and theme/ inside it.</summary>
    public static BuildOptions ForRoot(string root) =>
        new(Path.GetFullPath(root), Path.Combine(Path.GetFullPath(root), "output"), Path.Combine(Path.GetFullPath(root), "theme"));
}
