using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Scaffolding;

/// <summary>An article text named on the command line: where it is, relative to the root, and what it says.</summary>
internal static class SeedText
{
    /// <summary>
    /// The path as a source's <c>text:</c> field writes it (<c>seeds/…</c>, with '/'). A relative path is taken
    /// relative to the root, as in <c>text:</c>; an absolute one must lie inside the root's seeds/ folder.
    /// </summary>
    public static string? Locate(string root, string given, out string? problem)
    {
        problem = null;
        var trimmed = given.Trim();
        if (trimmed.Length == 0)
        {
            problem = "no text file given; name the article's text, e.g. seeds/article.txt";
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.IsPathRooted(trimmed) ? trimmed : Path.Combine(root, trimmed));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = $"'{given}' is not a usable path: {ex.Message}";
            return null;
        }

        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        var segments = relative.Split('/');
        if (segments.Length < 2 || segments[0] != "seeds" || Path.IsPathRooted(relative) || segments.Any(s => s is "" or "." or ".."))
        {
            problem = $"'{given}' is not inside the briefing's seeds/ folder: article texts live in seeds/ (copy it there first), and the path is relative to the root, e.g. seeds/article.txt";
            return null;
        }

        if (Directory.Exists(full))
        {
            problem = $"'{relative}' is a folder; name the article's text file inside it";
            return null;
        }

        return relative;
    }

    /// <summary>The text, read as the generator will read it (strict UTF-8, size limit); null with a reason.</summary>
    public static string? Read(string root, string relative, out string? problem)
    {
        var diagnostics = new DiagnosticBag();
        var text = ContentFileReader.Read(root, relative, ContentFileReader.MaxArticleBytes, diagnostics);
        problem = diagnostics.Sorted().FirstOrDefault(d => d.IsError)?.Message;
        if (text is not null && text.Trim().Length == 0)
        {
            problem = $"'{relative}' is empty; its first line should be the article's headline";
            return null;
        }

        return problem is null ? text : null;
    }
}
