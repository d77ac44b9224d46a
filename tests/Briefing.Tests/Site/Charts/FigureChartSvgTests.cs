using Briefing.Dates;
using Briefing.Site.Charts;
using static Briefing.Tests.Site.Charts.SvgAssert;

namespace Briefing.Tests.Site.Charts;

public sealed class FigureChartSvgTests
{
    private static readonly FigurePoint[] Points =
    [
        Point(12000, false, "2024-11-02", "Agency"),
        Point(2600, true, "2024-10-29", "Paper"),
        Point(11000, false, "2024-10", "Ministry"),
    ];

    [Fact]
    public void NamesItselfWithItsOwnTitleAndDescription()
    {
        var root = AccessibleRoot(FigureChartSvg.Render("fig-2", "People displaced", "people", Points), "fig-2");

        var desc = root.Element(Svg + "desc")!.Value;
        Assert.Contains("3 figures", desc, StringComparison.Ordinal);
        Assert.Contains("2,600 to 12,000 people", desc, StringComparison.Ordinal);
        Assert.Contains("People displaced", root.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawsOneMarkPerPointHollowWhenApproximate()
    {
        var marks = Marks(Parse(FigureChartSvg.Render("f", "Deaths", "people", Points)), "chart-point");

        Assert.Equal(3, marks.Count);
        var approx = Assert.Single(marks, m => ((string)m.Attribute("class")!).Contains("chart-point-approx", StringComparison.Ordinal));
        Assert.Equal("Paper: ~2,600 people as of 29 October 2024", Tooltip(approx));
        Assert.Equal("none", (string?)approx.Attribute("fill"));
    }

    [Fact]
    public void PlacesLargerValuesHigherAndLaterDatesFurtherRight()
    {
        var marks = Marks(Parse(FigureChartSvg.Render("f", "Deaths", "people", Points)), "chart-point");
        var agency = marks.Single(m => Tooltip(m).StartsWith("Agency", StringComparison.Ordinal));
        var paper = marks.Single(m => Tooltip(m).StartsWith("Paper", StringComparison.Ordinal));
        var ministry = marks.Single(m => Tooltip(m).StartsWith("Ministry", StringComparison.Ordinal));

        Assert.True(Number(agency, "cy") < Number(paper, "cy"));
        Assert.Equal("rect", ministry.Name.LocalName);
        Assert.True(StartX(ministry) < StartX(paper) && StartX(paper) < StartX(agency));
        Assert.Equal("Ministry: 11,000 people as of October 2024", Tooltip(ministry));
    }

    [Fact]
    public void ShadesTheSpreadFromTheSmallestToTheLargestValue()
    {
        var root = Parse(FigureChartSvg.Render("f", "Deaths", "people", Points));
        var band = Assert.Single(root.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "chart-range");
        var dots = Marks(root, "chart-point").Where(m => m.Name.LocalName == "circle").ToList();

        var top = Number(band, "y");
        var bottom = top + Number(band, "height");
        Assert.Equal(dots.Min(d => Number(d, "cy")), top, 0.11);
        Assert.Equal(dots.Max(d => Number(d, "cy")), bottom, 0.11);
    }

    [Fact]
    public void ShadesNoSpreadWhenAllValuesAreEqual()
    {
        FigurePoint[] same = [Point(11000, false, "2024-10-01", "A"), Point(11000, true, "2024-10-09", "B")];

        var root = Parse(FigureChartSvg.Render("f", "Deaths", "people", same));

        Assert.DoesNotContain(root.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "chart-range");
        Assert.Equal(2, Marks(root, "chart-point").Count);
    }

    [Fact]
    public void LabelsTheValueAxisWithRoundNumbersFromZero()
    {
        var root = Parse(FigureChartSvg.Render("f", "Deaths", "people", Points));
        var valueLabels = root.Descendants(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "end").Select(t => t.Value).ToList();

        Assert.Equal("0", valueLabels[0]);
        Assert.Contains("10,000", valueLabels);
        Assert.All(valueLabels, l => Assert.Matches(@"^\d{1,3}(,\d{3})*$", l));
    }

    [Fact]
    public void HasNoLinksInsideTheImageAndEscapesLabels()
    {
        FigurePoint[] points = [Point(5, false, "2024-10-16", "\"Q&A\" <news>")];

        var svg = FigureChartSvg.Render("f", "A & B", "<units>", points);
        var mark = Assert.Single(Marks(Parse(svg), "chart-point"));

        Assert.Empty(Parse(svg).Descendants(Svg + "a"));
        Assert.Equal("\"Q&A\" <news>: 5 <units> as of 16 October 2024", Tooltip(mark));
        Assert.DoesNotContain("<news>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnsNothingWithoutPoints()
    {
        Assert.Equal(string.Empty, FigureChartSvg.Render("f", "Deaths", "people", []));
    }

    [Fact]
    public void IsDeterministic()
    {
        Assert.Equal(FigureChartSvg.Render("f", "Deaths", "people", Points), FigureChartSvg.Render("f", "Deaths", "people", Points));
        Assert.Equal(FigureChartSvg.Render("f", "Deaths", "people", Points), FigureChartSvg.Render("f", "Deaths", "people", Points.Reverse().ToArray()));
    }

    private static FigurePoint Point(decimal value, bool approx, string asOf, string source) =>
        new(value, approx, EdtfDate.Parse(asOf), source);
}
