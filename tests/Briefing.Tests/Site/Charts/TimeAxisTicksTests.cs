using System.Text.RegularExpressions;
using Briefing.Site.Charts;
using static Briefing.Tests.Site.Charts.SvgAssert;

namespace Briefing.Tests.Site.Charts;

public sealed class TimeAxisTicksTests
{
    [Theory]
    [InlineData("2024-10-16", "2024-10-16")]
    [InlineData("2024-01-01", "2024-12-31")]
    [InlineData("2023-01-01", "2025-06-30")]
    [InlineData("2023-01-01", "2025-08-31")]
    [InlineData("1990", "2024")]
    [InlineData("1024", "2024")]
    public void NeverRepeatsATickLabel(string first, string last)
    {
        var labels = AxisLabels(Parse(Timeline(first, last)));

        Assert.NotEmpty(labels);
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void LabelsMonthsOnASpanOfAFewMonths()
    {
        var labels = AxisLabels(Parse(Timeline("2024-02-10", "2024-07-20")));

        Assert.All(labels, l => Assert.Matches(@"^[A-Z][a-z]{2} \d{4}$", l));
        Assert.Contains("Mar 2024", labels);
        Assert.Contains("Jul 2024", labels);
    }

    [Fact]
    public void ThinsMonthLabelsOnALongerSpan()
    {
        var labels = AxisLabels(Parse(Timeline("2023-01-01", "2025-05-31")));

        Assert.All(labels, l => Assert.Matches(@"^[A-Z][a-z]{2} \d{4}$", l));
        Assert.Contains("Jan 2024", labels);
        Assert.InRange(labels.Count, 4, 12);
        Assert.DoesNotContain("Feb 2024", labels);
    }

    [Fact]
    public void LabelsYearsBeyondThirtyMonths()
    {
        var labels = AxisLabels(Parse(Timeline("2015-03-01", "2024-10-16")));

        Assert.All(labels, l => Assert.Matches(@"^\d{4}$", l));
        Assert.Equal(labels.Order(StringComparer.Ordinal), labels);
        Assert.Contains("2020", labels);
    }

    [Theory]
    [InlineData("2024-10-16", "2024-10-16")]
    [InlineData("2023-01-01", "2025-06-30")]
    [InlineData("1800", "2024")]
    public void KeepsTickLabelsApartAndInsideTheChart(string first, string last)
    {
        var texts = Parse(Timeline(first, last)).Descendants(Svg + "g")
            .Where(g => (string?)g.Attribute("class") == "chart-axis")
            .SelectMany(g => g.Elements(Svg + "text"))
            .Select(t => Number(t, "x"))
            .ToList();

        Assert.All(texts, x => Assert.InRange(x, 28, 612));
        Assert.All(texts.Zip(texts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 40, $"{pair.First} and {pair.Second} overlap"));
    }

    [Fact]
    public void KeepsEveryMarkInsideTheAxis()
    {
        var root = Parse(Timeline("2020-01-01", "2024-12"));
        var axisLine = root.Descendants(Svg + "g").First(g => (string?)g.Attribute("class") == "chart-axis").Descendants(Svg + "line").First();

        Assert.All(Marks(root, "chart-event"), m =>
        {
            Assert.True(StartX(m) - 5 > Number(axisLine, "x1"));
            Assert.True(StartX(m) + Number(m, m.Name.LocalName == "rect" ? "width" : "r") < Number(axisLine, "x2"));
        });
    }

    [Fact]
    public void WritesNoTextSmallerThanElevenUnitsAndNoFixedColour()
    {
        var svg = Timeline("2024-01-01", "2024-12-31");

        foreach (var text in Parse(svg).Descendants(Svg + "text"))
        {
            var size = text.AncestorsAndSelf().Select(e => (string?)e.Attribute("font-size")).First(s => s is not null);
            Assert.True(double.Parse(size!, System.Globalization.CultureInfo.InvariantCulture) >= 11);
        }

        Assert.DoesNotMatch(@"#[0-9a-fA-F]{3}|rgb\(|hsl\(", svg);
        Assert.All(
            Regex.Matches(svg, "(?:fill|stroke)=\"([^\"]*)\"").Select(m => m.Groups[1].Value),
            value => Assert.Contains(value, (string[])["currentColor", "none"]));
    }

    private static string Timeline(string first, string last) =>
        TimelineSvg.OneLane("t", [TimelineSvgTests.Item("first", first), TimelineSvgTests.Item("last", last)], "Events");
}
