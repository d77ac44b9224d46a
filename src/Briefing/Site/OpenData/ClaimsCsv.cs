using System.Globalization;
using System.Text;
using Briefing.Checking;
using Briefing.Loading;
using Briefing.Site.Data;
using Briefing.Site.Output;
using Briefing.Site.Rendering;
using Briefing.Site.Urls;

namespace Briefing.Site.OpenData;

/// <summary>data/claims.csv: one row per claim–evidence pair, RFC 4180 quoting, formulas neutralised, UTF-8, LF line ends.</summary>
internal static class ClaimsCsv
{
    public static readonly string[] Header =
    [
        "claim_id", "claim_url", "statement", "kind", "credibility", "credibility_label", "topics",
        "figure_measure", "figure_value", "figure_high", "figure_qualifier", "figure_text", "figure_approx", "figure_as_of",
        "evidence_number", "source_id", "source_title", "source_published", "stance", "claimant", "quote", "quote_url",
    ];

    public static SiteFile Build(SiteData data, SiteUrls urls)
    {
        var sb = new StringBuilder();
        Row(sb, Header);
        foreach (var claim in data.Claims)
        {
            var figure = claim.Figure;
            for (var i = 0; i < claim.Evidence.Count; i++)
            {
                var e = claim.Evidence[i];
                var source = data.Briefing.Index.Sources[e.Source.Id];
                Row(sb,
                [
                    claim.Id, urls.Absolute(SiteUrls.PathOf("claim", claim.Id)), MarkdownRenderer.PlainText(claim.Statement),
                    Vocabulary.WordFor(Vocabulary.ClaimKinds, claim.Kind),
                    ((int)claim.Credibility).ToString(CultureInfo.InvariantCulture), Words.Credibility(claim.Credibility),
                    string.Join(' ', claim.Topics.Select(t => t.Id)),
                    figure?.Measure.Id ?? "", figure?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
                    figure?.High?.ToString(CultureInfo.InvariantCulture) ?? "",
                    figure is null ? "" : Vocabulary.WordFor(Vocabulary.Qualifiers, figure.Qualifier), figure is null ? "" : FigureText.Value(figure),
                    figure is null ? "" : figure.IsHedged ? "true" : "false", figure is null ? "" : data.FigureDate(claim).ToEdtf(),
                    (i + 1).ToString(CultureInfo.InvariantCulture), source.Id, source.Title, source.Published.ToEdtf(),
                    Words.Stance(e.Stance).Key, Claimants.Of(data.Briefing.Index, claim, e).Name, e.Quote,
                    urls.Absolute(SiteUrls.PathOf("source", source.Id)) + "#" + SiteUrls.QuoteAnchor(claim.Id, i + 1),
                ]);
            }
        }

        return SiteFile.Text("data/claims.csv", sb.ToString());
    }

    private static void Row(StringBuilder sb, IReadOnlyList<string> cells)
    {
        sb.AppendJoin(',', cells.Select(Quote)).Append('\n');
    }

    // A cell neutralised against formulas is quoted as well, as OWASP advises.
    private static string Quote(string cell)
    {
        var safe = SpreadsheetCell.Neutralise(cell);
        return safe.Length != cell.Length || safe.AsSpan().IndexOfAny(",\"\n\r") >= 0
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }
}
