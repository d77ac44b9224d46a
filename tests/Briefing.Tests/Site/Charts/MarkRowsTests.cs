using Briefing.Site.Charts;

namespace Briefing.Tests.Site.Charts;

public sealed class MarkRowsTests
{
    [Fact]
    public void KeepsMarksWhoseTargetsDoNotOverlapInOneRow()
    {
        Assert.Equal([0, 0, 0], MarkRows.Assign([Dot(10), Dot(40), Dot(70)], 3));
    }

    [Fact]
    public void MovesAMarkWhoseTargetOverlapsToTheNextFreeRow()
    {
        // Dots 20 apart are clear of each other but their 24-unit targets overlap.
        Assert.Equal([0, 1, 0, 2], MarkRows.Assign([Dot(10), Dot(30), Dot(40), new MarkSpan(20, 60, false)], 3));
    }

    [Fact]
    public void LeavesAMarkWithoutARowWhenEveryRowIsTakenAndGroupsItWithItsNearestNeighbour()
    {
        var spans = new[] { new MarkSpan(0, 100, false), Dot(10), Dot(12), Dot(300) };

        var rows = MarkRows.Assign(spans, 2);

        Assert.Equal([0, 1, MarkRows.NoRow, 0], rows);
        Assert.Equal([0, 1, 1, 3], MarkRows.Groups(spans, rows));
    }

    [Fact]
    public void GivesEveryMarkATargetAtLeast24UnitsWide()
    {
        Assert.All([Dot(50), new MarkSpan(50, 52, false), new MarkSpan(0, 200, false)],
            span => Assert.True(span.HitRight - span.HitLeft >= MarkSpan.HitSize));
    }

    private static MarkSpan Dot(double x) => new(x, x + 1, true);
}
