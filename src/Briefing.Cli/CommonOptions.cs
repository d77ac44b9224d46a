using System.CommandLine;

namespace Briefing.Cli;

/// <summary>The options shared by the commands, created once per command line.</summary>
internal sealed class CommonOptions
{
    public Option<DirectoryInfo> Root { get; } = new("--root")
    {
        Description = "The briefing's root: the folder that holds input/ and seeds/",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Warnings fail the run too",
    };

    public Option<bool> NoIndex { get; } = new("--noindex")
    {
        Description = "Keep the site out of search engines (for deploy previews)",
    };

    public Option<bool> NoHistory { get; } = new("--no-history")
    {
        Description = "Do not read the briefing's history from git (claim pages then say none is available)",
    };

    public Option<DirectoryInfo?> Output { get; } = new("--output")
    {
        Description = "Where the site goes (default: <root>/output)",
    };

    public Option<DirectoryInfo?> Theme { get; } = CreateTheme();

    // A theme folder overrides the built-in theme file by file; one that does not exist is a typo, not an empty theme.
    private static Option<DirectoryInfo?> CreateTheme()
    {
        var theme = new Option<DirectoryInfo?>("--theme")
        {
            Description = "A theme folder whose files replace the built-in theme's, file by file (default: <root>/theme if it exists, else the built-in theme)",
        };
        theme.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo?>() is { Exists: false } folder)
            {
                result.AddError($"--theme '{folder.FullName}' does not exist; give a theme folder, or leave --theme out to use <root>/theme or the built-in theme");
            }
        });
        return theme;
    }

    public Option<Uri?> BaseUrl { get; } = UrlOption("--base-url", "Overrides base_url in site.yml, e.g. for a deploy preview");

    /// <summary>An option that takes an absolute http(s) URL, refusing anything else as a wrong command line.</summary>
    public static Option<Uri?> UrlOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError($"{name} must be an absolute http(s) URL, e.g. https://example.org/briefing/; got '{text}'");
            return null;
        },
    };
}
