namespace Briefing.Scaffolding.Init;

/// <summary>
/// <c>briefing init [DIR]</c>: starts a new briefing that validates and builds at once. It never overwrites a
/// file: a folder that already holds briefing content is refused, and a project file that exists already
/// (a README from the hosting service, a .gitignore) is kept and reported.
/// </summary>
public static class BriefingInit
{
    /// <summary>Writes a new briefing into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="folder">The new briefing's root.</param>
    /// <param name="title">The site's title; null leaves a placeholder that <c>--strict</c> reports.</param>
    /// <param name="baseUrl">The address the site will be published at; null leaves a placeholder.</param>
    /// <param name="toolVersion">The tool's version, pinned in the CI workflow.</param>
    public static InitResult Run(string folder, string? title, Uri? baseUrl, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (title is not null && title.Trim().Length == 0)
        {
            return InitResult.Invalid("--title is empty; give the briefing's title, or leave it out for a placeholder");
        }

        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
        {
            return InitResult.Refuse($"'{folder}' is a file; give a folder for the new briefing");
        }

        if (ExistingContent(root) is { } existing)
        {
            return InitResult.Refuse($"'{folder}' already holds a briefing ({existing}); init starts a new one in an empty folder and never overwrites");
        }

        var content = ExampleBriefing.Files(title?.Trim(), baseUrl).ToList();
        var project = ProjectFiles.Files(toolVersion).ToList();
        var written = new List<string>();
        var kept = new List<string>();
        foreach (var (path, text) in content.Concat(project))
        {
            var full = Path.Combine(root, path);
            if (File.Exists(full))
            {
                kept.Add(path);
                continue;
            }

            if (NewFile.Write(full, path, text) is { } problem)
            {
                return InitResult.Refuse(problem, written);
            }

            written.Add(path);
        }

        return InitResult.Wrote(root, written, kept, title is null || baseUrl is null);
    }

    // Content is what makes a folder a briefing: its site.yml, anything under input/, or the example's text.
    private static string? ExistingContent(string root)
    {
        if (File.Exists(Path.Combine(root, "input", "site.yml")))
        {
            return "input/site.yml";
        }

        var input = Path.Combine(root, "input");
        if (Directory.Exists(input) && Directory.EnumerateFileSystemEntries(input).Any())
        {
            return "input/ is not empty";
        }

        return ExampleBriefing.Files(null, null).Select(f => f.Path).FirstOrDefault(p => File.Exists(Path.Combine(root, p)));
    }
}
