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
    private bool _hasLinks;

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
    /// Appends a mark: a dot for a day, a bar for a longer span, centred on <paramref name="y"/>.
    /// With <paramref name="url"/>, the mark is a link named by <paramref name="title"/>, reachable by
    /// keyboard, with a target of at least <see cref="MarkSpan.HitSize"/> units square and a label that
    /// shows on hover and focus; without one, <paramref name="title"/> is its tooltip.
    /// </summary>
    /// <param name="span">Where the mark lies on the time axis.</param>
    /// <param name="y">The middle of the mark.</param>
    /// <param name="cssClass">The mark's class.</param>
    /// <param name="hollow">Draws an outline only (an approximate figure).</param>
    /// <param name="title">What the mark stands for, in full.</param>
    /// <param name="url">Where the mark leads, or null.</param>
    /// <param name="count">How many items the mark stands for; above 1 the number is written beside it.</param>
    public void Mark(MarkSpan span, double y, string cssClass, bool hollow, string title, string? url = null, int count = 1)
    {
        var style = hollow ? " fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"2 1.5\"" : string.Empty;
        var (name, geometry) = span.IsDay
            ? ("circle", $"cx=\"{Num(span.Center)}\" cy=\"{Num(y)}\" r=\"{Num(MarkSpan.Radius)}\"")
            : ("rect", $"x=\"{Num(span.Start)}\" y=\"{Num(y - (MarkSpan.BarHeight / 2))}\" "
                + $"width=\"{Num(span.BarWidth)}\" height=\"{Num(MarkSpan.BarHeight)}\" rx=\"2\"");
        var shape = $"<{name} {geometry} class=\"{cssClass}\"{style}";
        if (url is null)
        {
            _body.Append($"{shape}><title>{Escape(title)}</title></{name}>");
            return;
        }

        // The chart is a group, not an image, so that its marks can be links (axe: nested-interactive).
        _hasLinks = true;
        var (left, right) = (span.HitLeft, span.HitRight);
        _body.Append($"<a href=\"{Escape(url)}\" class=\"chart-mark\" aria-label=\"{Escape(title)}\">")
            .Append($"<rect class=\"chart-hit\" x=\"{Num(left)}\" y=\"{Num(y - (MarkSpan.HitSize / 2))}\" ")
            .Append($"width=\"{Num(right - left)}\" height=\"{Num(MarkSpan.HitSize)}\" fill-opacity=\"0\"/>")
            .Append($"{shape}/>");
        if (count > 1)
        {
            _body.Append($"<text x=\"{Num(right + 1)}\" y=\"{Num(y + 4)}\" class=\"chart-count\" aria-hidden=\"true\">")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        // The visible label stays inside the chart: it grows rightwards from a mark in the left half, leftwards otherwise.
        var (tipX, anchor) = span.Center < Width / 2 ? (left, "start") : (right, "end");
        _body.Append($"<text x=\"{Num(tipX)}\" y=\"{Num(y - (MarkSpan.HitSize / 2) - 3)}\" text-anchor=\"{anchor}\" class=\"chart-tip\" aria-hidden=\"true\">")
            .Append(Escape(Shorten(title, TipLength))).Append("</text></a>");
    }

    /// <summary>
    /// Appends a drawn shape (a range's bar) as a named mark: with <paramref name="url"/>, a link whose target covers
    /// the shape and is at least <see cref="MarkSpan.HitSize"/> square; without, the shape with its title.
    /// </summary>
    /// <param name="shape">The shape's markup, without a closing tag or title: "&lt;rect x=… class=…".</param>
    /// <param name="name">The shape's element name, to close it.</param>
    /// <param name="box">The shape's left, top, width and height.</param>
    /// <param name="title">What the shape stands for, in full.</param>
    /// <param name="url">Where it leads, or null.</param>
    public void Shape(string shape, string name, (double X, double Y, double Width, double Height) box, string title, string? url)
    {
        if (url is null)
        {
            _body.Append($"{shape}><title>{Escape(title)}</title></{name}>");
            return;
        }

        _hasLinks = true;
        var width = Math.Max(box.Width, MarkSpan.HitSize);
        var height = Math.Max(box.Height, MarkSpan.HitSize);
        var (x, y) = (box.X + ((box.Width - width) / 2), box.Y + ((box.Height - height) / 2));
        _body.Append($"<a href=\"{Escape(url)}\" class=\"chart-mark\" aria-label=\"{Escape(title)}\">")
            .Append($"<rect class=\"chart-hit\" x=\"{Num(x)}\" y=\"{Num(y)}\" width=\"{Num(width)}\" height=\"{Num(height)}\" fill-opacity=\"0\"/>")
            .Append($"{shape}/></a>");
    }

    // About half the chart's width at 12 units a character's height: the tip never leaves the chart.
    private const int TipLength = 48;

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 2);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', '—', ' ') + "…";
    }

    /// <summary>Returns the finished chart, <paramref name="height"/> units tall.</summary>
    public string Finish(double height)
    {
        var titleId = _idPrefix + "-title";
        var descId = _idPrefix + "-desc";
        return new StringBuilder()
            .Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Num(Width)} {Num(height)}\" ")
            .Append($"width=\"100%\" role=\"{(_hasLinks ? "group" : "img")}\" aria-labelledby=\"{titleId}\" aria-describedby=\"{descId}\" ")
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
