using Briefing.Common;
using Briefing.Diagnostics;
using Briefing.Markdown;
using Briefing.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Checking;

/// <summary>
/// Checks every link in every Markdown field: cross-references must name something that exists,
/// other links must be http(s) or relative, and images may not load from another host.
/// </summary>
internal static class MarkdownLinkChecker
{
    /// <summary>Checks every link; returns the cross-references found, for the warnings about unused things.</summary>
    public static IReadOnlySet<CrossReference> Check(BriefingContent content, BriefingIndex index, DiagnosticBag diagnostics)
    {
        var found = new HashSet<CrossReference>();
        var links = new Links(content, index, new IdSuggester(index), diagnostics);
        foreach (var text in MarkdownFields.All(content))
        {
            if (MarkdownPipelines.TryParse(text.Text) is not { } document)
            {
                diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, text.Start,
                    "this Markdown is nested too deeply to read (hundreds of lists, quotes or brackets inside each other); flatten it");
                continue;
            }

            foreach (var inline in document.Descendants<Inline>())
            {
                var (url, isImage) = inline switch
                {
                    LinkInline link => (link.Url, link.IsImage),
                    AutolinkInline { IsEmail: true } email => ("mailto:" + email.Url, false),
                    AutolinkInline auto => (auto.Url, false),
                    _ => (null, false),
                };
                if (url is not null && CrossReference.TryParse(url, out var xref))
                {
                    found.Add(xref);
                }

                if (url is not null)
                {
                    links.Check(url, isImage, At(text, inline));
                }
            }
        }

        return found;
    }

    /// <summary>What checking one link needs: the ids that exist, those that could not be read, and suggestions.</summary>
    private sealed class Links(BriefingContent content, BriefingIndex index, IdSuggester suggester, DiagnosticBag diagnostics)
    {
        public void Check(string url, bool isImage, SourceLocation at)
        {
            if (CrossReference.TryParse(url, out var xref))
            {
                if (!index.Contains(xref.Kind, xref.Id) && !content.Unread.Contains(xref.Kind, xref.Id))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownCrossReference, at,
                        $"cross-reference '{url}': there is no {xref.Kind} '{xref.Id}'{suggester.DidYouMean(xref.Kind, xref.Id)}");
                }

                return;
            }

            if (!LinkPolicy.IsSafe(url))
            {
                var scheme = LinkPolicy.SchemeOf(url) ?? "";
                var kind = Suggestions.Closest(scheme, CrossReference.Kinds);
                var hint = kind is null ? "" : $"; did you mean the cross-reference '{kind}:{url[(scheme.Length + 1)..]}'?";
                diagnostics.Error(DiagnosticCodes.UnsafeLink, at,
                    $"link '{Shorten(url)}' is not allowed: links must be http(s), relative, or a cross-reference such as claim:<id>{hint}");
            }
            else if (isImage && LinkPolicy.IsExternal(url))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeLink, at,
                    $"image '{Shorten(url)}' is on another host, and the site makes no request to any other host; link to the image instead, e.g. [the photo]({Shorten(url)})");
            }
            else if (!isImage && RelativeLinkToId.Meant(url, index) is { } meant)
            {
                diagnostics.Warning(DiagnosticCodes.RelativeLinkLooksLikeId, at,
                    $"link '({Shorten(url)})' is a relative link, which the site publishes as a link to a page that does not exist; did you mean the cross-reference {meant}?");
            }
        }
    }

    // Markdig counts lines and columns from 0 within the text; the text knows where that stands in its file.
    private static SourceLocation At(MarkdownText text, Inline inline) => text.Locate(inline.Line, inline.Column);

    private static string Shorten(string url) => url.Length > 60 ? url[..57] + "..." : url;
}
