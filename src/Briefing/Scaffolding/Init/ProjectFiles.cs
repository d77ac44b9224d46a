using Briefing.Common;

namespace Briefing.Scaffolding.Init;

/// <summary>
/// The files around the content that make a new briefing a repository of its own: editor settings with the
/// schemas, what git ignores, Netlify's headers, a CI workflow that installs the tool, and a README. Where
/// this repository has the same file, the new one is made from it, so the two cannot drift apart.
/// </summary>
internal static class ProjectFiles
{
    /// <summary>Where a new briefing keeps the schemas, so VS Code resolves them inside that repository.</summary>
    public const string SchemaFolder = ".vscode/schemas";

    /// <summary>The CI workflow's path.</summary>
    public const string WorkflowPath = ".github/workflows/briefing.yml";

    /// <summary>The files, relative to the new briefing's root; <paramref name="toolVersion"/> is pinned in the workflow.</summary>
    public static IEnumerable<(string Path, string Content)> Files(string toolVersion)
    {
        foreach (var schema in EmbeddedFiles.Under("schemas/"))
        {
            yield return ($"{SchemaFolder}/{schema["schemas/".Length..]}", EmbeddedFiles.Text(schema));
        }

        // This repository's settings map ./schemas/; a new briefing keeps them under .vscode/.
        yield return (".vscode/settings.json", EmbeddedFiles.Text("init/vscode-settings.json").Replace("\"./schemas/", $"\"./{SchemaFolder}/", StringComparison.Ordinal));
        yield return (".vscode/extensions.json", EmbeddedFiles.Text("init/vscode-extensions.json"));
        yield return (".gitignore", GitIgnore);
        yield return ("netlify.toml", Netlify());
        yield return (WorkflowPath, Workflow.Text(toolVersion));
        yield return ("README.md", Readme.Text(toolVersion));
    }

    private const string GitIgnore = """
        # What 'briefing build' writes: the site, its spare copy, and the build cache.
        /output/
        /.output.*/
        /.briefing-cache/
        # Editors' files.
        *.swp
        .DS_Store

        """;

    // The same headers as this repository's netlify.toml: taken from it, from its first [[headers]] table on.
    private static string Netlify()
    {
        var ours = EmbeddedFiles.Text("init/netlify.toml");
        var headers = ours[ours.IndexOf("[[headers]]", StringComparison.Ordinal)..];
        var intro = ours[..ours.IndexOf("[[headers]]", StringComparison.Ordinal)];
        var comment = intro[(intro.LastIndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        return $"""
            # Netlify serves the site. The GitHub workflow (.github/workflows/briefing.yml) validates, builds and
            # deploys it with the Netlify CLI, so nothing is published unless the briefing validates strictly.

            [build]
              publish = "output"
              # Netlify's own git-triggered builds are skipped: the workflow deploys.
              ignore = "exit 0"

            {comment}{headers}
            """;
    }
}
