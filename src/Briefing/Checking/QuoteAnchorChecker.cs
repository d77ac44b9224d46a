using System.Collections.Concurrent;
using Briefing.Build;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Checking;

/// <summary>
/// Reads each source's text once, checks its boilerplate, and anchors every quote that cites it.
/// Sources are independent, so they are processed in parallel; each quote searches its own article, and
/// only a quote not found there is looked for in the others, to say which source holds it.
/// </summary>
internal static class QuoteAnchorChecker
{
    public static QuoteAnchors Check(string root, BriefingContent content, DiagnosticBag diagnostics, BuildProgress? progress = null)
    {
        var evidenceBySource = content.Claims
            .SelectMany(c => c.Evidence)
            .ToLookup(e => e.Source.Id, StringComparer.Ordinal);
        var articles = new ConcurrentDictionary<string, ArticleText>(StringComparer.Ordinal);
        var spans = new ConcurrentDictionary<Evidence, TextSpan>(ReferenceEqualityComparer.Instance);

        Parallel.ForEach(content.Sources, source =>
        {
            if (ReadArticle(root, source, diagnostics) is { } article)
            {
                articles[source.Id] = article;
            }
        });

        Parallel.ForEach(content.Sources.Where(s => articles.ContainsKey(s.Id)), source =>
        {
            foreach (var evidence in evidenceBySource[source.Id])
            {
                if (Anchor(source, articles, evidence, diagnostics) is { } span)
                {
                    spans[evidence] = span;
                }
            }

            progress?.Advance(evidenceBySource[source.Id].Count());
        });

        return new QuoteAnchors(articles, spans);
    }

    private static ArticleText? ReadArticle(string root, Source source, DiagnosticBag diagnostics)
    {
        if (source.TextPath.Length == 0)
        {
            return null;
        }

        var text = ContentFileReader.Read(root, source.TextPath, ContentFileReader.MaxArticleBytes, diagnostics, source.TextLocation);
        if (text is null)
        {
            return null;
        }

        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, source.TextLocation, $"the text file '{source.TextPath}' is empty");
            return null;
        }

        var article = new ArticleText(text, source.Boilerplate);
        foreach (var missing in article.MissingBoilerplate)
        {
            var at = source.BoilerplateLocations[IndexOf(source.Boilerplate, missing)];
            diagnostics.Error(DiagnosticCodes.BoilerplateNotInText, at,
                $"boilerplate line \"{Shorten(missing)}\" is not a line of '{source.TextPath}' (the headline cannot be boilerplate); copy the line exactly");
        }

        return article;
    }

    private static TextSpan? Anchor(Source source, ConcurrentDictionary<string, ArticleText> articles, Evidence evidence, DiagnosticBag diagnostics)
    {
        var match = articles[source.Id].Find(evidence.Quote);
        var quote = Shorten(evidence.Quote);
        switch (match.Kind)
        {
            case QuoteMatchKind.Found:
                return match.Span;
            case QuoteMatchKind.Ambiguous:
                diagnostics.Error(DiagnosticCodes.QuoteAmbiguous, evidence.QuoteLocation,
                    $"quote \"{quote}\" occurs {match.Occurrences} times in source '{source.Id}'; quote more words so that it occurs once");
                break;
            case QuoteMatchKind.InBoilerplate:
                diagnostics.Error(DiagnosticCodes.QuoteInBoilerplate, evidence.QuoteLocation,
                    $"quote \"{quote}\" is in line {match.BoilerplateLine + 1} of '{source.TextPath}', which is listed as boilerplate; quote the article itself, or take the line out of 'boilerplate'");
                break;
            default:
                diagnostics.Error(DiagnosticCodes.QuoteNotFound, evidence.QuoteLocation,
                    $"quote \"{quote}\" not found in source '{source.Id}'{WhereElse(source, articles, evidence, match)}");
                break;
        }

        return null;
    }

    // Words given under the wrong source are the likeliest slip: name the source that has them, not a passage that merely resembles them.
    private static string WhereElse(Source source, ConcurrentDictionary<string, ArticleText> articles, Evidence evidence, QuoteMatch match)
    {
        var holders = articles.Where(a => a.Key != source.Id && a.Value.Contains(evidence.Quote)).Select(a => $"'{a.Key}'").Order(StringComparer.Ordinal).ToList();
        if (holders.Count > 0)
        {
            return $", but it occurs in source {string.Join(" and ", holders)}; did you mean source: {holders[0].Trim('\'')}?";
        }

        return match.NearestPassage is { } n ? $"; nearest passage: \"{Shorten(n)}\"" : "";
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return 0;
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..157] + "..." : text;
}
