using Briefing.Dates;

namespace Briefing.Tests.Dates;

/// <summary>Dates as articles write them are refused, with the form to write instead.</summary>
public sealed class EditorDateFormTests
{
    [Theory]
    [InlineData("Oct 16, 2024", "2024-10-16")]
    [InlineData("Oct. 16, 2024", "2024-10-16")]
    [InlineData("October 16 2024", "2024-10-16")]
    [InlineData("Sept 3, 2024", "2024-09-03")]
    [InlineData("16 October 2024", "2024-10-16")]
    [InlineData("16th Oct 2024", "2024-10-16")]
    [InlineData("1 may 2024", "2024-05-01")]
    [InlineData("14/05/2024", "2024-05-14")]
    [InlineData("05/14/2024", "2024-05-14")]
    [InlineData("14.05.2024", "2024-05-14")]
    [InlineData("14-05-2024", "2024-05-14")]
    [InlineData("2024/10/16", "2024-10-16")]
    [InlineData("2024.10.16", "2024-10-16")]
    [InlineData("October 2024", "2024-10")]
    [InlineData("05/05/2024", "2024-05-05")]
    public void SaysWhatToWriteInstead(string written, string iso)
    {
        Assert.False(EdtfDate.TryParse(written, out _, out var error));
        Assert.Contains($"write it as {iso}", error, StringComparison.Ordinal);
        Assert.True(EdtfDate.TryParse(iso, out _, out _));
    }

    [Fact]
    public void DayAndMonthEitherWayRoundGiveBothReadings()
    {
        Assert.False(EdtfDate.TryParse("03/04/2025", out _, out var error));
        Assert.Equal("'03/04/2025' is not a date, and day and month could be either way round: write 2025-04-03 (3 April) or 2025-03-04 (4 March), year first", error);
    }

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("Foo 16, 2024")]
    [InlineData("13/13/2024")]
    public void WhatIsNoDateAtAllGetsTheGeneralAdvice(string written)
    {
        Assert.False(EdtfDate.TryParse(written, out _, out var error));
        Assert.DoesNotContain("write it as", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024/2025")]
    [InlineData("2024-10/2024-11")]
    [InlineData("2024-10-27/2024-10-28")]
    public void RangesAreStillRanges(string range) => Assert.True(EdtfDate.TryParse(range, out var date, out _) && date.IsRange);
}
