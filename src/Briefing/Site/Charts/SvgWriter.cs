using System.Globalization;
using System.Text;

namespace Briefing.Site.Charts;

/// <summary>
/// Writes the markup the charts share: the accessible root element, lines, text and linked marks.
/// Colours come only from <c>currentColor</c> and the theme's CSS classes (which override these
/// presentation attributes), so a chart follows light and dark mode and is still legible unstyled.
/// </summary>
internal sealed class SvgWriter
{
    /// <summary>The width of every chart's viewBox; the chart scales to its container.</summary>
    public const double Width = 640;

    private readonly StringBuilder _body = new();
    private readonly string _idPrefix;
    private readonly string _cssClass;
    private readonly string _title;
    private readonly string _description;

    /// <summary>Starts a chart.</summary>
    /// <param name="idPrefix">Makes the ids of the title and description unique on the page.</param>
    /// <param name="cssClass">The chart's own class, next to <c>chart</c>.</param>
    /// <param name="title">The accessible name.</param>
    /// <param name="description">What the chart shows, for those who cannot see it.</param>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is not a plain id.</exception>
    public SvgWriter(string idPrefix, string cssClass, string title, string description)
    {
        _idPrefix = CheckedIdPrefix(idPrefix);
        _cssClass = cssClass;
        _title = title;
        _description = description;
    }

    /// <summary>Formats a coordinate: invariant, one decimal, never <c>-0.0</c>.</summary>
    public static string Num(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes text for an element or a double-quoted attribute, dropping characters XML cannot hold.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }

            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => c.ToString(),
                _ when c < ' ' || c is '\uFFFE' or '\uFFFF' => string.Empty,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Appends markup written by the caller, which must already be escaped.</summary>
    public void Raw(string markup) => _body.Append(markup);

    /// <summary>Appends a line; its stroke comes from the enclosing group.</summary>
    public void Line(double x1, double y1, double x2, double y2) =>
        _body.Append($"<line x1=\"{Num(x1)}\" y1=\"{Num(y1)}\" x2=\"{Num(x2)}\" y2=\"{Num(y2)}\"/>");

    /// <summary>Appends text; <paramref name="anchor"/> is <c>start</c>, <c>middle</c> or <c>end</c>.</summary>
    public void Text(double x, double y, string text, string anchor, string? cssClass = null)
    {
        var classAttribute = cssClass is null ? string.Empty : $" class=\"{cssClass}\"";
        _body.Append($"<text x=\"{Num(x)}\" y=\"{Num(y)}\" text-anchor=\"{anchor}\"{classAttribute}>")
            .Append(Escape(text)).Append("</text>");
    }

    /// <summary>
    /// Appends a mark: a dot for a day, a bar for a longer span, centred on <paramref name="y"/>,
    /// with <paramref name="title"/> as its tooltip.
    /// </summary>
    public void Mark(MarkSpan span, double y, string cssClass, bool hollow, string title)
    {
        var style = hollow ? " fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"2 1.5\"" : string.Empty;
        var (name, geometry) = span.IsDay
            ? ("circle", $"cx=\"{Num(span.Center)}\" cy=\"{Num(y)}\" r=\"{Num(MarkSpan.Radius)}\"")
            : ("rect", $"x=\"{Num(span.Start)}\" y=\"{Num(y - (MarkSpan.BarHeight / 2))}\" "
                + $"width=\"{Num(span.BarWidth)}\" height=\"{Num(MarkSpan.BarHeight)}\" rx=\"2\"");
        var shape = $"<{name} {geometry} class=\"{cssClass}\"{style}";
        var titleElement = $"<title>{Escape(title)}</title>";

        // No links inside: role="img" makes the chart one image to assistive technology, and links
        // within an image are unreachable to it (axe: nested-interactive). The caller lists the same
        // items, with their links, beside the chart; the title still gives each mark a tooltip.
        _body.Append($"{shape}>{titleElement}</{name}>");
    }

    /// <summary>Returns the finished chart, <paramref name="height"/> units tall.</summary>
    public string Finish(double height)
    {
        var titleId = _idPrefix + "-title";
        var descId = _idPrefix + "-desc";
        return new StringBuilder()
            .Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Num(Width)} {Num(height)}\" ")
            .Append($"width=\"100%\" role=\"img\" aria-labelledby=\"{titleId} {descId}\" ")
            .Append($"class=\"chart {_cssClass}\" fill=\"currentColor\" font-size=\"12\">")
            .Append($"<title id=\"{titleId}\">{Escape(_title)}</title>")
            .Append($"<desc id=\"{descId}\">{Escape(_description)}</desc>")
            .Append(_body)
            .Append("</svg>")
            .ToString();
    }

    // The prefix goes into id and aria-labelledby (a space-separated list), so it must be one plain token.
    private static string CheckedIdPrefix(string idPrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(idPrefix);
        if (!char.IsAsciiLetter(idPrefix[0]) || !idPrefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException(
                $"The id prefix \"{idPrefix}\" must start with a letter and hold only letters, digits, '-' and '_'.",
                nameof(idPrefix));
        }

        return idPrefix;
    }
}
