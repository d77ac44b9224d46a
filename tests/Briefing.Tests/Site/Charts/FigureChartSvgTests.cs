using Briefing.Dates;
using Briefing.Model;
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
        Assert.Equal("Paper: about 2,600 people as of 29 October 2024", Tooltip(approx));
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
    public void ShadesTheSpreadFromTheSmallestToTheLargestValueWhenTheFiguresDisagree()
    {
        var root = Parse(FigureChartSvg.Render("f", "Deaths", "people", Points, disagree: true));
        var band = Assert.Single(root.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "chart-range");
        var dots = Marks(root, "chart-point").Where(m => m.Name.LocalName == "circle").ToList();

        var top = Number(band, "y");
        var bottom = top + Number(band, "height");
        Assert.Equal(dots.Min(d => Number(d, "cy")), top, 0.11);
        Assert.Equal(dots.Max(d => Number(d, "cy")), bottom, 0.11);
    }

    [Fact]
    public void ShadesNoSpreadWhenTheFiguresAgreeOrFormASeries()
    {
        var root = Parse(FigureChartSvg.Render("f", "Deaths", "people", Points, disagree: false, verdict: "They form a series over time."));

        Assert.DoesNotContain(root.Descendants(Svg + "rect"), r => (string?)r.Attribute("class") == "chart-range");
        Assert.Equal(3, Marks(root, "chart-point").Count);
        Assert.EndsWith("They form a series over time.", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawsARangeAsABarFromItsLowerToItsUpperEnd()
    {
        FigurePoint[] points = [new(11000, 12000, FigureQualifier.Exact, EdtfDate.Parse("2024-10-16"), "Agency"), Point(5000, false, "2024-10-20", "Paper")];
        var root = Parse(FigureChartSvg.Render("f", "Troops", "soldiers", points));

        var bar = Assert.Single(Marks(root, "chart-point"), m => ((string)m.Attribute("class")!).Contains("chart-point-range", StringComparison.Ordinal));
        var dot = Assert.Single(Marks(root, "chart-point"), m => m.Name.LocalName == "circle");
        Assert.Equal("Agency: 11,000–12,000 soldiers as of 16 October 2024", Tooltip(bar));
        Assert.True(Number(bar, "height") > 5, "a range of 1,000 on an axis to about 12,000 is a visible bar");
        Assert.True(Number(bar, "y") + Number(bar, "height") < Number(dot, "cy"), "the bar's lower end, 11,000, is above 5,000");
    }

    [Theory]
    [InlineData(FigureQualifier.UpTo, "up to 200", false)]
    [InlineData(FigureQualifier.FewerThan, "fewer than 200", false)]
    [InlineData(FigureQualifier.AtLeast, "at least 200", true)]
    [InlineData(FigureQualifier.MoreThan, "more than 200", true)]
    public void DrawsAnOpenBoundAsAMarkWithAnArrowInTheOpenDirection(FigureQualifier qualifier, string words, bool upwards)
    {
        FigurePoint[] points = [new(200, qualifier, EdtfDate.Parse("2024-10-16"), "Paper"), Point(300, false, "2024-10-20", "Agency")];
        var root = Parse(FigureChartSvg.Render("f", "Losses", "soldiers", points));

        var mark = Assert.Single(Marks(root, "chart-point"), m => ((string)m.Attribute("class")!).Contains("chart-point-bound", StringComparison.Ordinal));
        Assert.Equal($"Paper: {words} soldiers as of 16 October 2024", Tooltip(mark));
        var line = Assert.Single(root.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "chart-bound").Element(Svg + "line")!;
        var (from, to) = (Number(line, "y1"), Number(line, "y2"));
        Assert.Equal(Number(mark, "cy"), from, 0.01);
        Assert.True(upwards ? to < from : to > from, $"the bound runs {(upwards ? "up" : "down")} from its value");
    }

    [Fact]
    public void StartsTheCountAxisAtZeroEvenForCloseLargeValues()
    {
        FigurePoint[] close = [Point(11000, false, "2024-10-01", "A"), Point(12000, false, "2024-10-09", "B")];
        var labels = Parse(FigureChartSvg.Render("f", "Troops", "soldiers", close)).Descendants(Svg + "text")
            .Where(t => (string?)t.Attribute("text-anchor") == "end").Select(t => t.Value).ToList();

        Assert.Equal("0", labels[0]);
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
        new(value, approx ? FigureQualifier.About : FigureQualifier.Exact, EdtfDate.Parse(asOf), source);
}
