using Briefing.Dates;

namespace Briefing.Tests.Dates;

public sealed class EdtfConstructionTests
{
    [Theory]
    [InlineData(0, null, null, false, false)]
    [InlineData(10000, null, null, false, false)]
    [InlineData(2024, 0, null, false, false)]
    [InlineData(2024, 13, null, false, false)]
    [InlineData(2024, null, 5, false, false)]
    [InlineData(2024, 2, 30, false, false)]
    [InlineData(2024, 2, 0, false, false)]
    public void RefusesAPointThatDoesNotExist(int year, int? month, int? day, bool approximate, bool uncertain)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EdtfPoint(year, month, day, approximate, uncertain));
    }

    [Fact]
    public void RefusesAPointBothApproximateAndUncertain()
    {
        Assert.Throws<ArgumentException>(() => new EdtfPoint(2024, null, null, true, true));
    }

    [Fact]
    public void RefusesARangeThatRunsBackwards()
    {
        var november = new EdtfPoint(2024, 11, null, false, false);
        var october = new EdtfPoint(2024, 10, null, false, false);

        var exception = Assert.Throws<ArgumentException>(() => new EdtfDate(november, october));
        Assert.Contains("2024-11", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesARangeWithoutAStart()
    {
        Assert.Throws<ArgumentNullException>(() => new EdtfDate(null!, null));
    }

    [Fact]
    public void EqualPartsMakeEqualDates()
    {
        var a = new EdtfDate(new EdtfPoint(2024, 10, null, false, false), new EdtfPoint(2024, 11, 2, true, false));
        var b = EdtfDate.Parse("2024-10/2024-11-02~");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a == b);
    }

}
