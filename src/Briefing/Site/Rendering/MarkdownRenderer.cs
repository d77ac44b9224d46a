using Briefing.Markdown;
using Briefing.Model;
using Briefing.Site.Html;
using Briefing.Site.Urls;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Site.Rendering;

/// <summary>
/// Renders editors' Markdown to HTML: cross-references become links to the right page under the
/// base path, headings are shifted so the top one is h2 (the page's title is the h1), and raw HTML stays text.
/// Content has been validated before this runs, so an unsafe link here is a bug; it is dropped.
/// </summary>
/// <param name="urls">Where cross-references lead.</param>
/// <param name="nameOf">
/// The name of a cross-reference's target (kind, id), used as the link text where an editor wrote the
/// bare id; null keeps every link text as written.
/// </param>
public sealed class MarkdownRenderer(SiteUrls urls, Func<string, string, string?>? nameOf = null)
{
    /// <summary>Renders a block of Markdown, or an inline field without its paragraph.</summary>
    public HtmlString Render(MarkdownText? text) =>
        text is null ? HtmlString.Empty : text.Inline ? RenderInline(text.Text) : RenderBlock(text.Text);

    /// <summary>Renders Markdown as blocks (paragraphs, lists, tables).</summary>
    public HtmlString RenderBlock(string markdown)
    {
        var document = MarkdownPipelines.TryParse(markdown) ?? new MarkdownDocument(); // too deep: the checks have already failed the build
        Prepare(document);
        return new HtmlString(ToHtml(document).Trim());
    }

    /// <summary>Renders a one-paragraph field (a statement, an event title) without a wrapping element.</summary>
    public HtmlString RenderInline(string markdown)
    {
        var document = MarkdownPipelines.TryParse(markdown) ?? new MarkdownDocument(); // too deep: the checks have already failed the build
        Prepare(document);
        if (document is [ParagraphBlock paragraph])
        {
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            MarkdownPipelines.Content.Setup(renderer);
            renderer.WriteLeafInline(paragraph);
            writer.Flush();
            return new HtmlString(writer.ToString().Trim());
        }

        return new HtmlString(ToHtml(document).Trim());
    }

    /// <summary>The plain text of Markdown, for titles, descriptions, feeds and search.</summary>
    public static string PlainText(MarkdownText? text) => text is null ? "" : MarkdownPlainText.Of(text.Text);

    private void Prepare(MarkdownDocument document)
    {
        // The page's title is the only h1: the document's top heading becomes h2 and the rest follow in order.
        var headings = document.Descendants<HeadingBlock>().ToList();
        var shift = headings.Count == 0 ? 0 : 2 - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            NameBareId(link);
            link.Url = Resolve(link.Url);
        }

        foreach (var auto in document.Descendants<AutolinkInline>())
        {
            auto.Url = Resolve(auto.Url) ?? "";
        }
    }

    /// <summary>A link whose only text is its target's id gets the target's name as text instead.</summary>
    private void NameBareId(LinkInline link)
    {
        if (nameOf is null || link.IsImage || !CrossReference.TryParse(link.Url, out var xref)
            || link.FirstChild is not LiteralInline { NextSibling: null } literal
            || !string.Equals(literal.Content.ToString().Trim(), xref.Id, StringComparison.Ordinal)
            || nameOf(xref.Kind, xref.Id) is not { Length: > 0 } name)
        {
            return;
        }

        literal.Content = new Markdig.Helpers.StringSlice(name);
    }

    private string? Resolve(string? url)
    {
        if (url is null)
        {
            return null;
        }

        if (CrossReference.TryParse(url, out var xref))
        {
            return urls.LinkTo(xref.Kind, xref.Id);
        }

        return LinkPolicy.IsSafe(url) ? url : "";
    }

    private static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Content.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
