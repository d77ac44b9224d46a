using Briefing.Dates;

namespace Briefing.Tests.Dates;

public sealed class EdtfParseTests
{
    [Theory]
    [InlineData("2024-10-16", 2024, 10, 16, false, false)]
    [InlineData("2024-08", 2024, 8, null, false, false)]
    [InlineData("2024", 2024, null, null, false, false)]
    [InlineData("2024-11-01~", 2024, 11, 1, true, false)]
    [InlineData("2024-08~", 2024, 8, null, true, false)]
    [InlineData("2024~", 2024, null, null, true, false)]
    [InlineData("2024-10-27?", 2024, 10, 27, false, true)]
    [InlineData("2024-10?", 2024, 10, null, false, true)]
    [InlineData("2024?", 2024, null, null, false, true)]
    [InlineData("0001-01-01", 1, 1, 1, false, false)]
    [InlineData("9999-12-31", 9999, 12, 31, false, false)]
    [InlineData("2024-02-29", 2024, 2, 29, false, false)]
    [InlineData("2000-02-29", 2000, 2, 29, false, false)]
    public void ReadsASinglePoint(string text, int year, int? month, int? day, bool approximate, bool uncertain)
    {
        Assert.True(EdtfDate.TryParse(text, out var date, out var error), error);

        Assert.Null(error);
        Assert.False(date.IsRange);
        Assert.Null(date.End);
        Assert.Equal(new EdtfPoint(year, month, day, approximate, uncertain), date.Start);
    }

    [Theory]
    [InlineData("2024-10-27/2024-10-28", "2024-10-27", "2024-10-28")]
    [InlineData("2024-08/2025-05", "2024-08", "2025-05")]
    [InlineData("2024/2025", "2024", "2025")]
    [InlineData("2024-10/2024-11-15", "2024-10", "2024-11-15")]
    [InlineData("2024-10~/2024-11", "2024-10~", "2024-11")]
    [InlineData("2024-10/2024-11?", "2024-10", "2024-11?")]
    [InlineData("2024-10?/2024-11~", "2024-10?", "2024-11~")]
    [InlineData("2024-10-16/2024-10", "2024-10-16", "2024-10")]
    [InlineData("2024/2024-06", "2024", "2024-06")]
    public void ReadsARange(string text, string start, string end)
    {
        Assert.True(EdtfDate.TryParse(text, out var date, out var error), error);

        Assert.True(date.IsRange);
        Assert.Equal(start, date.Start.ToEdtf());
        Assert.Equal(end, date.End.ToEdtf());
    }

    [Theory]
    [InlineData(" 2024", "2024")]
    [InlineData("2024-10 ", "2024-10")]
    [InlineData("\t2024-10-16~\r\n", "2024-10-16~")]
    [InlineData("  2024/2025  ", "2024/2025")]
    public void IgnoresSurroundingWhitespace(string text, string canonical)
    {
        Assert.True(EdtfDate.TryParse(text, out var date, out var error), error);
        Assert.Equal(canonical, date.ToEdtf());
    }

    [Fact]
    public void ParseThrowsAFormatExceptionThatCarriesTheError()
    {
        var exception = Assert.Throws<FormatException>(() => EdtfDate.Parse("2024-13"));
        Assert.StartsWith("'2024-13' is not a month", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseReturnsWhatTryParseReads()
    {
        Assert.Equal(new EdtfDate(new EdtfPoint(2024, 10, null, true, false)), EdtfDate.Parse("2024-10~"));
    }
}
