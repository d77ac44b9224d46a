namespace Briefing.Scaffolding.Init;

/// <summary>The README of a new briefing: a short guide for its editors.</summary>
internal static class Readme
{
    public static string Text(string toolVersion) => Template.Replace("@VERSION@", toolVersion, StringComparison.Ordinal);

    private const string Template = """
        # A briefing

        This repository is a briefing: source articles, and the claims, topics and chronology that editors
        write about them in YAML and Markdown. The `briefing` tool checks all of it and builds a static site
        where every statement links to the exact words of its sources.

        ## Set-up, once

        Install the .NET SDK 10, then the tool at the version this briefing was made with:

        ```sh
        dotnet tool install --global briefing --version @VERSION@
        ```

        Open this folder in VS Code and accept the recommended YAML extension: it completes keys, explains
        each field on hover and underlines mistakes as you type, using the schemas in `.vscode/schemas/`.

        ## Every day

        ```sh
        briefing preview             # serves the site on http://localhost:5080 and rebuilds on every save
        briefing validate --strict   # every check, as CI runs it
        briefing build               # writes the site to output/
        briefing new source seeds/<article>.txt   # also: new claim, new event, new topic
        briefing docs format         # the format reference: every file, key and rule
        ```

        ## Where things are

        | path | what it holds |
        |---|---|
        | `seeds/*.txt` | the articles, word for word; the first line is the headline |
        | `input/site.yml` | the site's title, address and key judgments |
        | `input/sources/<id>.yml` | one article's metadata |
        | `input/claims/*.yml` | claims, each quoting its sources |
        | `input/topics/<id>.md` | topics: a header, then the editor's briefing in Markdown |
        | `input/events.yml` | the chronology |
        | `input/entities.yml`, `input/measures.yml` | who and what the claims are about; quantities |
        | `input/pages/<id>.md` | free pages such as "About" |
        | `theme/` | (optional) files that replace the built-in theme's; `briefing theme eject` copies it all out |

        The library example (`seeds/library-sundays.txt` and the files that quote it) only shows the format:
        delete it when you add your own articles. Before publishing, set `title` and `base_url` in
        `input/site.yml`; until then `briefing validate --strict` reports them.

        ## Publishing

        `.github/workflows/briefing.yml` validates strictly and builds on every push and pull request, and
        deploys to Netlify only when that passed: production from `main`, a preview for each pull request.
        `netlify.toml` gives every page strict security headers. The deploy needs the repository secrets
        `NETLIFY_AUTH_TOKEN` and `NETLIFY_SITE_ID`, and the repository variable `NETLIFY_SITE_NAME` (the
        `<name>` of `<name>.netlify.app`) for preview addresses.

        """;
}
