using System.Text;
using Briefing.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Site.Rendering;

/// <summary>The words of Markdown without its markup: link texts kept, URLs and emphasis marks dropped.</summary>
internal static class MarkdownPlainText
{
    public static string Of(string markdown)
    {
        var document = MarkdownPipelines.TryParse(markdown) ?? new MarkdownDocument(); // too deep: the checks have already failed the build
        var sb = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline)
            {
                Append(inline, sb);
            }
            else if (block.Lines.Count > 0)
            {
                sb.Append(block.Lines.ToString());
            }

            sb.Append(' ');
        }

        return Collapse(sb.ToString());
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlInline html:
                    sb.Append(html.Tag);
                    break;
                case ContainerInline inner:
                    Append(inner, sb);
                    break;
            }
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
