using Briefing.Dates;
using Briefing.Site.Charts;
using static Briefing.Tests.Site.Charts.SvgAssert;

namespace Briefing.Tests.Site.Charts;

public sealed class TimelineSvgTests
{
    private static readonly TimelineItem[] Events =
    [
        Item("Flood", "2024-10-29"),
        Item("Warning", "2024-10-28"),
        Item("Inquiry", "2025-01"),
    ];

    private static readonly TimelineItem[] Publications =
    [
        Item("Paper A", "2024-10-30"),
        Item("Paper B", "2024-11-02"),
    ];

    [Fact]
    public void NamesItselfWithItsOwnTitleAndDescription()
    {
        var svg = TimelineSvg.TwoLanes("tl-7", Events, Publications, "When things happened", "When sources reported");

        var root = AccessibleRoot(svg, "tl-7");
        Assert.Contains("When things happened: 3 items", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Contains("When sources reported: 2 items", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawsOneMarkPerItemInItsLane()
    {
        var root = Parse(TimelineSvg.TwoLanes("t", Events, Publications, "Happened", "Reported"));

        var events = Marks(root, "chart-event");
        var sources = Marks(root, "chart-source");

        Assert.Equal(3, events.Count);
        Assert.Equal(2, sources.Count);
        Assert.True(sources.Min(m => Number(m, m.Name.LocalName == "rect" ? "y" : "cy"))
            > events.Max(m => Number(m, m.Name.LocalName == "rect" ? "y" : "cy")), "the publications lane is below the events lane");
    }

    [Fact]
    public void OrdersMarksLeftToRightByDate()
    {
        TimelineItem[] shuffled = [Item("C", "2024-06-10"), Item("A", "2024-01-03"), Item("D", "2024-09"), Item("B", "2024-03-15")];

        var marks = Marks(Parse(TimelineSvg.OneLane("t", shuffled, "Events")), "chart-event");

        Assert.Equal(["A", "B", "C", "D"], marks.Select(m => Tooltip(m).Split(' ')[0]));
        var xs = marks.Select(StartX).ToList();
        Assert.Equal(xs.Order(), xs);
        Assert.Equal(xs.Count, xs.Distinct().Count());
    }

    [Fact]
    public void DrawsAMonthAsABarAsWideAsItsSpanAndADayAsADot()
    {
        TimelineItem[] items = [Item("start", "2024-01-05"), Item("month", "2024-10"), Item("end", "2024-12-20")];

        var marks = Marks(Parse(TimelineSvg.OneLane("t", items, "Events")), "chart-event");

        Assert.Equal(["circle", "rect", "circle"], marks.Select(m => m.Name.LocalName));
        var unitsPerDay = (Number(marks[2], "cx") - Number(marks[0], "cx")) / 350;
        var barWidth = Number(marks[1], "width");
        Assert.InRange(barWidth, (31 * unitsPerDay) - 0.2, (31 * unitsPerDay) + 0.2);
        Assert.True(barWidth > 2 * Number(marks[0], "r"), "a month is wider than a day's dot");
    }

    [Fact]
    public void DrawsARangeFromItsFirstToItsLastDay()
    {
        TimelineItem[] items = [Item("day", "2024-01-01"), Item("range", "2024-03-01/2024-06-30")];

        var marks = Marks(Parse(TimelineSvg.OneLane("t", items, "Events")), "chart-event");

        // March to June 2024 is 122 days, and 1 January to 1 March 60; the dot sits mid-day.
        var unitsPerDay = Number(marks[1], "width") / 122;
        var firstDayStart = Number(marks[0], "cx") - (unitsPerDay / 2);
        Assert.InRange(Number(marks[1], "x") - firstDayStart, (60 * unitsPerDay) - 0.2, (60 * unitsPerDay) + 0.2);
    }

    [Fact]
    public void HasNoLinksInsideTheImageAndEscapesLabels()
    {
        const string label = "He said \"<b>\" & left";
        var svg = TimelineSvg.OneLane("t", [Item(label, "2024-10-16"), Item("plain", "2024-10-20")], "Lane & <more>");

        var marks = Marks(Parse(svg), "chart-event");

        Assert.Empty(Parse(svg).Descendants(Svg + "a"));
        Assert.Equal(label + " — 16 October 2024", Tooltip(marks[0]));
        Assert.Equal("plain — 20 October 2024", Tooltip(marks[1]));
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains("Lane &amp; &lt;more&gt;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsTheLabelOfAnEmptyLane()
    {
        var root = Parse(TimelineSvg.TwoLanes("t", Events, [], "Happened", "Reported"));

        Assert.Empty(Marks(root, "chart-source"));
        Assert.Contains(root.Descendants(Svg + "text"), t => t.Value == "Reported");
        Assert.Contains("Reported: none.", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnsNothingWithoutItems()
    {
        Assert.Equal(string.Empty, TimelineSvg.TwoLanes("t", [], [], "Happened", "Reported"));
        Assert.Equal(string.Empty, TimelineSvg.OneLane("t", [], "Events"));
    }

    [Fact]
    public void OneLaneDrawsOnlyItsEvents()
    {
        var root = Parse(TimelineSvg.OneLane("topic-3", Events, "On this topic"));

        Assert.Equal(3, Marks(root, "chart-event").Count);
        Assert.Empty(Marks(root, "chart-source"));
        Assert.Single(root.Descendants(Svg + "text"), t => t.Value == "On this topic");
    }

    [Fact]
    public void SpreadsMarksOnTheSameDayOverRows()
    {
        TimelineItem[] items = [Item("a", "2024-10-16"), Item("b", "2024-10-16"), Item("c", "2024-10-16")];

        var marks = Marks(Parse(TimelineSvg.OneLane("t", items, "Events")), "chart-event");

        Assert.Equal(3, marks.Select(m => Number(m, "cy")).Distinct().Count());
    }

    [Fact]
    public void IsDeterministic()
    {
        Assert.Equal(
            TimelineSvg.TwoLanes("t", Events, Publications, "Happened", "Reported"),
            TimelineSvg.TwoLanes("t", Events, Publications, "Happened", "Reported"));
        Assert.Equal(
            TimelineSvg.TwoLanes("t", Events, Publications, "Happened", "Reported"),
            TimelineSvg.TwoLanes("t", Events.Reverse().ToArray(), Publications, "Happened", "Reported"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("1x")]
    [InlineData("x\"")]
    public void RefusesAnIdPrefixThatIsNotAPlainToken(string idPrefix)
    {
        Assert.Throws<ArgumentException>(() => TimelineSvg.OneLane(idPrefix, Events, "Events"));
    }

    internal static TimelineItem Item(string label, string date) => new(label, EdtfDate.Parse(date));

    [Fact]
    public void MarksWithAUrlAreNamedLinksWithTargetsOfAtLeast24Units()
    {
        TimelineItem[] linked = [.. Events.Select((e, i) => e with { Url = $"/chronology/#e{i}" })];

        var root = AccessibleRoot(TimelineSvg.OneLane("tl-8", linked, "Happened"), "tl-8");

        var links = root.Descendants(Svg + "a").ToList();
        Assert.Equal(Events.Length, links.Sum(a => 1 + (a.Elements(Svg + "text").Any(t => (string?)t.Attribute("class") == "chart-count") ? int.Parse(a.Elements(Svg + "text").First(t => (string?)t.Attribute("class") == "chart-count").Value, System.Globalization.CultureInfo.InvariantCulture) - 1 : 0)));
        Assert.All(links, a =>
        {
            Assert.StartsWith("/chronology/#e", (string?)a.Attribute("href"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace((string?)a.Attribute("aria-label")));
            var hit = a.Elements(Svg + "rect").First(r => (string?)r.Attribute("class") == "chart-hit");
            Assert.True(Number(hit, "width") >= 24 && Number(hit, "height") >= 24);
        });
    }

    [Fact]
    public void MarksTooCloseForEveryRowAreGroupedUnderOneNamedLink()
    {
        var day = EdtfDate.Parse("2024-10-20");
        TimelineItem[] crowded = [.. Enumerable.Range(0, 6).Select(i => new TimelineItem($"Event {i}", day, $"/e{i}"))];

        var root = Parse(TimelineSvg.OneLane("t", crowded, "Happened"));

        var links = root.Descendants(Svg + "a").ToList();
        Assert.True(links.Count < crowded.Length);
        var group = links.Single(a => ((string)a.Attribute("aria-label")!).StartsWith("3 items: ", StringComparison.Ordinal));
        Assert.Contains("Event 5", (string)group.Attribute("aria-label")!, StringComparison.Ordinal);
    }
}
