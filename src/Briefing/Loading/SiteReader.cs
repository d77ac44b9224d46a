using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>Reads input/site.yml.</summary>
internal static partial class SiteReader
{
    public const string Path = "input/site.yml";

    /// <summary>A stand-in used only to keep checking other files when site.yml itself is broken; never published.</summary>
    public static SiteInfo Placeholder => new("(site.yml has errors)", null, new Uri("https://invalid.example/"), "en", null, null, SourceLocation.StartOf(Path));

    public static SiteInfo Read(YamlNode? root, DiagnosticBag diagnostics)
    {
        if (root is null)
        {
            return Placeholder;
        }

        var f = FieldReader.Open(root, "site", Vocabulary.SiteKeys, diagnostics);
        if (f is null)
        {
            return Placeholder;
        }

        var title = f.Text("title", required: true);
        var baseUrl = f.Url("base_url", required: true);
        var language = f.Text("language") ?? "en";
        if (!LanguageTag().IsMatch(language))
        {
            diagnostics.Error(DiagnosticCodes.InvalidLanguage, f.LocationOf("language"),
                $"'{language}' is not a BCP 47 language tag, e.g. en, en-GB, uk");
        }

        return new SiteInfo(
            title ?? Placeholder.Title,
            f.Text("tagline"),
            WithTrailingSlash(baseUrl ?? Placeholder.BaseUrl),
            language,
            f.Text("description"),
            f.Markdown("key_judgments"),
            f.Location);
    }

    // Links are resolved against the base URL, so "https://host/briefing" must mean the folder.
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
