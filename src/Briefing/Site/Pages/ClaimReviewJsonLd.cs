using System.Text.Json;
using Briefing.Model;
using Briefing.Site.Data;
using Briefing.Site.Html;
using Briefing.Site.Rendering;

namespace Briefing.Site.Pages;

/// <summary>
/// schema.org ClaimReview data for a claim page. Serialised with System.Text.Json's default encoder,
/// which writes &lt;, &gt; and &amp; as \u escapes, so no content (not even "&lt;/script&gt;") can end the script block.
/// </summary>
internal static class ClaimReviewJsonLd
{
    public static HtmlString For(ModelFactory f, Claim claim, string canonicalUrl)
    {
        var index = f.Data.Briefing.Index;
        var sources = claim.Evidence.Select(e => index.Sources[e.Source.Id]).DistinctBy(s => s.Id).ToList();
        var claimant = claim.AttributedTo.Select(a => index.Entities[a.Id]).FirstOrDefault();
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = canonicalUrl,
            ["claimReviewed"] = MarkdownRenderer.PlainText(claim.Statement),
            ["author"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = f.Data.Briefing.Content.Site.Title, ["url"] = f.Urls.Absolute("") },
            ["reviewRating"] = new Dictionary<string, object?>
            {
                ["@type"] = "Rating",

                // Admiralty credibility runs from 1 (confirmed) to 6 (cannot be judged); schema.org ratings rise with confidence.
                ["ratingValue"] = 7 - (int)claim.Credibility,
                ["bestRating"] = 6,
                ["worstRating"] = 1,
                ["alternateName"] = Words.Credibility(claim.Credibility),
            },
            ["itemReviewed"] = new Dictionary<string, object?>
            {
                ["@type"] = "Claim",
                ["author"] = claimant is null ? null : new Dictionary<string, object?>
                {
                    ["@type"] = claimant.Kind == EntityKind.Person ? "Person" : "Organization",
                    ["name"] = claimant.Name,
                },
                ["datePublished"] = sources.Count == 0 ? null : sources.Min(s => s.Published)!.MachineReadable,
                ["appearance"] = sources.Select(s => new Dictionary<string, object?>
                {
                    ["@type"] = "CreativeWork",
                    ["url"] = s.Url?.AbsoluteUri ?? f.Urls.Absolute(Urls.SiteUrls.PathOf("source", s.Id)),
                    ["headline"] = s.Title,
                }).ToList(),
            },
        };
        return new HtmlString(JsonSerializer.Serialize(WithoutNulls(data)));
    }

    // JSON-LD leaves out what is unknown; System.Text.Json's null-ignoring options do not reach dictionary entries.
    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> map) =>
        map.Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value is Dictionary<string, object?> inner ? WithoutNulls(inner) : p.Value);
}
