using Briefing.Site.Charts;

namespace Briefing.Tests.Site.Charts;

public sealed class MarkRowsTests
{
    [Fact]
    public void KeepsMarksApartInOneRow()
    {
        Assert.Equal([0, 0, 0], MarkRows.Assign([Dot(10), Dot(30), Dot(50)], 3));
    }

    [Fact]
    public void MovesAnOverlappingMarkToTheNextFreeRow()
    {
        Assert.Equal([0, 1, 0, 2], MarkRows.Assign([Dot(10), Dot(14), Dot(30), new MarkSpan(20, 60, false)], 3));
    }

    [Fact]
    public void ReusesTheRowThatEndsSoonestWhenAllAreTaken()
    {
        Assert.Equal([0, 1, 1], MarkRows.Assign([new MarkSpan(0, 100, false), Dot(10), Dot(12)], 2));
    }

    private static MarkSpan Dot(double x) => new(x, x + 1, true);
}
