using Briefing.Dates;

namespace Briefing.Tests.Dates;

public sealed class EdtfOrderTests
{
    // Earliest possible day, then latest possible day, then exact < approximate < uncertain, then text.
    private static readonly string[] SiteOrder =
    [
        "2023-12-31/2024-01-02",
        "2024-01-01",
        "2024-01-01~",
        "2024-01-01?",
        "2024-01",
        "2024-01-01/2024-01-31", // same span as 2024-01: the canonical text breaks the tie
        "2024-01-01/2024-02-15",
        "2024",
        "2024~",
        "2024/2025",
        "2024-10-01",
        "2024-10",
        "2024-10-01/2024-11-30",
        "2024-10/2024-11", // same span: '-' sorts before '/'
        "2024-10/2024-11?",
        "2024-10~/2024-11",
        "2024-10-16",
        "2024-10-16/2024-10",
        "2024-10-27?",
        "2024-10-27/2024-10-28",
        "2025-01",
    ];

    public static TheoryData<int> Seeds => [1, 2, 3, 42, 2024];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SortsAShuffledListIntoSiteOrder(int seed)
    {
        var dates = SiteOrder.Select(EdtfDate.Parse).ToArray();
        new Random(seed).Shuffle(dates);

        var sorted = dates.Order().Select(d => d.ToEdtf());

        Assert.Equal(SiteOrder, sorted);
    }

    [Fact]
    public void SortsAReversedListWithTheStaticComparer()
    {
        var dates = SiteOrder.Reverse().Select(EdtfDate.Parse).ToList();

        dates.Sort(EdtfDate.Comparer);

        Assert.Equal(SiteOrder, dates.Select(d => d.ToEdtf()));
    }

    [Theory]
    [InlineData("2024-10-01", "2024-10")]
    [InlineData("2024-10", "2024-10-01/2024-11-30")]
    [InlineData("2024-01", "2024")]
    [InlineData("2024-01-01", "2024")]
    [InlineData("2024", "2024-12-31")] // narrower is not enough: the year starts earlier
    [InlineData("2024", "2024-02")]
    [InlineData("2024-10-16", "2024-10-16~")]
    [InlineData("2024-10-16~", "2024-10-16?")]
    [InlineData("2023-12", "2024-01-01")]
    public void PutsTheFirstBeforeTheSecond(string first, string second)
    {
        var a = EdtfDate.Parse(first);
        var b = EdtfDate.Parse(second);

        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
        Assert.True(a < b);
        Assert.True(a <= b);
        Assert.True(b > a);
        Assert.True(b >= a);
        Assert.False(a > b);
        Assert.False(b <= a);
    }

    [Fact]
    public void ComparesToZeroExactlyWhenEqual()
    {
        var left = SiteOrder.Select(EdtfDate.Parse).ToArray();
        var right = SiteOrder.Select(EdtfDate.Parse).ToArray();

        foreach (var a in left)
        {
            foreach (var b in right)
            {
                Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
                Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
            }
        }
    }

    [Fact]
    public void SortsNullFirst()
    {
        var date = EdtfDate.Parse("2024");

        Assert.True(date.CompareTo(null) > 0);
        Assert.True(null < date);
        Assert.True(EdtfDate.Comparer.Compare(null, date) < 0);
        Assert.False((EdtfDate?)null < null);
    }
}
