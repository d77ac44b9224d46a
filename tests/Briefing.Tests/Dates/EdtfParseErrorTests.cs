using Briefing.Dates;

namespace Briefing.Tests.Dates;

public sealed class EdtfParseErrorTests
{
    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-01-00")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-00-10")]
    [InlineData("24-10-16")]
    [InlineData("024")]
    [InlineData("October 2024")]
    [InlineData("16 October 2024")]
    [InlineData("2024-1-5")]
    [InlineData("2024-10-5")]
    [InlineData("2024-100")]
    [InlineData("2024-10-16~?")]
    [InlineData("2024-10-16?~")]
    [InlineData("2024~~")]
    [InlineData("%")]
    [InlineData("2024%")]
    [InlineData("2024-10-16%")]
    [InlineData("../2024")]
    [InlineData("2024/..")]
    [InlineData("/2024")]
    [InlineData("2024/")]
    [InlineData("/")]
    [InlineData("2024/2025/2026")]
    [InlineData("2024-11/2024-10")]
    [InlineData("2024-10-28/2024-10-27")]
    [InlineData("2025/2024-12-31")]
    [InlineData("2024/2024")]
    [InlineData("2024-10-16/2024-10-16~")]
    [InlineData("0000")]
    [InlineData("0000-01-01")]
    [InlineData("10000")]
    [InlineData("-0001")]
    [InlineData("+2024")]
    [InlineData("2024-10-16T10:00")]
    [InlineData("2024-10-16-01")]
    [InlineData("2024--10")]
    [InlineData("2024-")]
    [InlineData("20241016")]
    [InlineData("2024~-10")]
    [InlineData("~2024")]
    [InlineData("2024.10")]
    [InlineData("2024 / 2025")]
    [InlineData("2024 -10")]
    [InlineData("2024-10-16 ~")]
    [InlineData("٢٠٢٤")]
    [InlineData("２０２４")]
    [InlineData("2024-1٠")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void RejectsWhatIsNotASupportedDate(string? text)
    {
        Assert.False(EdtfDate.TryParse(text, out var date, out var error));

        Assert.Null(date);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("2024-02-30", "'2024-02-30' is not a day: February 2024 has 29 days")]
    [InlineData("2023-02-29", "'2023-02-29' is not a day: February 2023 has 28 days")]
    [InlineData("2024-13", "'2024-13' is not a month: months run from 01 to 12")]
    [InlineData("2024-11/2024-10", "the range starts (2024-11) after it ends (2024-10)")]
    [InlineData("October 2024", "'October 2024' is not a date: write it as 2024-10")]
    [InlineData(
        "the autumn",
        "'the autumn' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (add ~ if approximate, ? if uncertain, A/B for a range), e.g. 2024-10")]
    public void ExplainsTheError(string text, string expectedStart)
    {
        Assert.False(EdtfDate.TryParse(text, out _, out var error));
        Assert.StartsWith(expectedStart, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("24-10-16", "four digits")]
    [InlineData("2024-1-5", "2024-01-05")]
    [InlineData("2024-10-5", "2024-10-05")]
    [InlineData("2024-2-30", "YYYY-MM-DD")]
    [InlineData("2024-10-16~?", "~")]
    [InlineData("2024%", "~")]
    [InlineData("../2024", "both ends")]
    [InlineData("2024/..", "both ends")]
    [InlineData("2024/2025/2026", "two ends")]
    [InlineData("2024 / 2025", "without them, e.g. 2024/2025")]
    [InlineData("2024-10/ 2024-11", "without them, e.g. 2024-10/2024-11")]
    [InlineData("2024-11/2024-10", "2024-10/2024-11")]
    [InlineData("2024/2024", "single date")]
    [InlineData("0000", "0001 to 9999")]
    [InlineData("10000", "0001 to 9999")]
    [InlineData("", "YYYY-MM-DD")]
    [InlineData(null, "YYYY-MM-DD")]
    public void SaysHowToFixIt(string? text, string expectedHint)
    {
        Assert.False(EdtfDate.TryParse(text, out _, out var error));
        Assert.Contains(expectedHint, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("24-10-16")]
    [InlineData("2024-1-5")]
    [InlineData("2024-10-16~?")]
    [InlineData("2024%")]
    [InlineData("../2024")]
    [InlineData("0000")]
    [InlineData("٢٠٢٤")]
    public void QuotesTheOffendingText(string text)
    {
        Assert.False(EdtfDate.TryParse(text, out _, out var error));
        Assert.Contains($"'{text}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotesOnlyTheFaultyEndOfARange()
    {
        Assert.False(EdtfDate.TryParse("2024-10/2024-13", out _, out var error));
        Assert.StartsWith("'2024-13' is not a month", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortensAHugeInputInItsError()
    {
        var huge = new string('7', 1_000_000);

        Assert.False(EdtfDate.TryParse(huge, out var date, out var error));

        Assert.Null(date);
        Assert.True(error.Length < 300, error);
        Assert.Contains('…', error);
    }

    [Theory]
    [InlineData('-')]
    [InlineData('/')]
    [InlineData('~')]
    [InlineData('x')]
    public void RejectsAHugeInputOfOneCharacter(char c)
    {
        Assert.False(EdtfDate.TryParse(new string(c, 200_000), out _, out var error));
        Assert.NotEmpty(error);
    }
}
