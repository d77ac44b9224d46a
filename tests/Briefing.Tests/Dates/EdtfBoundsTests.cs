using Briefing.Dates;

namespace Briefing.Tests.Dates;

public sealed class EdtfBoundsTests
{
    [Theory]
    [InlineData("2024-10-16", "2024-10-16", "2024-10-16")]
    [InlineData("2024-08", "2024-08-01", "2024-08-31")]
    [InlineData("2024-04", "2024-04-01", "2024-04-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024~", "2024-01-01", "2024-12-31")]
    [InlineData("2024-10-27?", "2024-10-27", "2024-10-27")]
    [InlineData("0001", "0001-01-01", "0001-12-31")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("2024-10-27/2024-10-28", "2024-10-27", "2024-10-28")]
    [InlineData("2024-08/2025-05", "2024-08-01", "2025-05-31")]
    [InlineData("2024/2025", "2024-01-01", "2025-12-31")]
    [InlineData("2024-10/2024-11-15", "2024-10-01", "2024-11-15")]
    [InlineData("2023-12~/2024-02?", "2023-12-01", "2024-02-29")]
    [InlineData("2024-10-16/2024-10", "2024-10-16", "2024-10-31")]
    public void SpansTheFirstToTheLastPossibleDay(string text, string earliest, string latest)
    {
        var date = EdtfDate.Parse(text);

        Assert.Equal(DateOnly.ParseExact(earliest, "yyyy-MM-dd"), date.Earliest);
        Assert.Equal(DateOnly.ParseExact(latest, "yyyy-MM-dd"), date.Latest);
    }

    [Theory]
    [InlineData("2024-10-16", DatePrecision.Day)]
    [InlineData("2024-10-16~", DatePrecision.Day)]
    [InlineData("2024-10", DatePrecision.Month)]
    [InlineData("2024-10?", DatePrecision.Month)]
    [InlineData("2024", DatePrecision.Year)]
    public void KnowsItsPrecision(string text, DatePrecision precision)
    {
        Assert.Equal(precision, EdtfDate.Parse(text).Start.Precision);
    }

    [Fact]
    public void GivesEachEndOfARangeItsOwnBounds()
    {
        var date = EdtfDate.Parse("2024-02/2024-03-15");

        Assert.Equal(new DateOnly(2024, 2, 1), date.Start.Earliest);
        Assert.Equal(new DateOnly(2024, 2, 29), date.Start.Latest);
        Assert.Equal(new DateOnly(2024, 3, 15), date.End!.Earliest);
        Assert.Equal(new DateOnly(2024, 3, 15), date.End.Latest);
    }
}
