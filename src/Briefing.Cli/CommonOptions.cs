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

    public Option<DirectoryInfo?> Theme { get; } = new("--theme")
    {
        Description = "The theme folder (default: <root>/theme)",
    };

    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = "Overrides base_url in site.yml, e.g. for a deploy preview",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError($"--base-url must be an absolute http(s) URL, e.g. https://example.org/briefing/; got '{text}'");
            return null;
        },
    };
}
