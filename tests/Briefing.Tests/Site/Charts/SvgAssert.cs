using System.Globalization;
using System.Xml.Linq;

namespace Briefing.Tests.Site.Charts;

/// <summary>Reads chart output as XML, so that a test fails on markup that is not well-formed.</summary>
internal static class SvgAssert
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    /// <summary>Checks the accessible root and returns it.</summary>
    public static XElement AccessibleRoot(string svg, string idPrefix)
    {
        var root = Parse(svg);
        Assert.Equal(Svg + "svg", root.Name);
        // An image when its marks are plain; a group when they are links (links inside an image are unreachable).
        Assert.Equal(root.Descendants(Svg + "a").Any() ? "group" : "img", (string?)root.Attribute("role"));
        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.StartsWith("0 0 640.0 ", (string?)root.Attribute("viewBox"), StringComparison.Ordinal);
        string[] ids = [(string?)root.Attribute("aria-labelledby") ?? "", (string?)root.Attribute("aria-describedby") ?? ""];
        Assert.Equal([idPrefix + "-title", idPrefix + "-desc"], ids);
        var title = root.Elements(Svg + "title").Single();
        var desc = root.Elements(Svg + "desc").Single();
        Assert.Equal(ids[0], (string?)title.Attribute("id"));
        Assert.Equal(ids[1], (string?)desc.Attribute("id"));
        Assert.False(string.IsNullOrWhiteSpace(title.Value));
        Assert.False(string.IsNullOrWhiteSpace(desc.Value));
        return root;
    }

    /// <summary>The dots and bars whose class list holds <paramref name="cssClass"/>, in document order.</summary>
    public static List<XElement> Marks(XElement root, string cssClass) =>
        root.Descendants()
            .Where(e => e.Name == Svg + "circle" || e.Name == Svg + "rect")
            .Where(e => ((string?)e.Attribute("class") ?? string.Empty).Split(' ').Contains(cssClass))
            .ToList();

    /// <summary>What a mark is called: the name of its link, or its own tooltip.</summary>
    public static string Tooltip(XElement mark) =>
        mark.Parent!.Name == Svg + "a" ? (string)mark.Parent.Attribute("aria-label")! : mark.Element(Svg + "title")!.Value;

    /// <summary>Where a mark starts: a bar's left edge, a dot's centre (the middle of its day).</summary>
    public static double StartX(XElement mark) =>
        mark.Name == Svg + "rect" ? Number(mark, "x") : Number(mark, "cx");

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The tick labels along the bottom axis.</summary>
    public static List<string> AxisLabels(XElement root) =>
        root.Descendants(Svg + "g")
            .Where(g => (string?)g.Attribute("class") == "chart-axis")
            .SelectMany(g => g.Elements(Svg + "text"))
            .Select(t => t.Value)
            .ToList();
}
