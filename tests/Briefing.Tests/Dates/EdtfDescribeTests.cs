using Briefing.Dates;

namespace Briefing.Tests.Dates;

public sealed class EdtfDescribeTests
{
    [Theory]
    [InlineData("2024-10-16", "16 October 2024")]
    [InlineData("2024-08", "August 2024")]
    [InlineData("2024", "2024")]
    [InlineData("2024-01-05", "5 January 2024")]
    [InlineData("2024-12", "December 2024")]
    [InlineData("0900", "900")]
    public void WritesAPointAtItsOwnPrecision(string text, string expected)
    {
        Assert.Equal(expected, EdtfDate.Parse(text).Describe());
    }

    [Theory]
    [InlineData("2024-11-01~", "c. 1 November 2024")]
    [InlineData("2024-08~", "c. August 2024")]
    [InlineData("2024~", "c. 2024")]
    [InlineData("2024-10-27?", "27 October 2024 (uncertain)")]
    [InlineData("2024-10?", "October 2024 (uncertain)")]
    [InlineData("2024?", "2024 (uncertain)")]
    public void MarksAQualifiedPoint(string text, string expected)
    {
        Assert.Equal(expected, EdtfDate.Parse(text).Describe());
    }

    [Theory]
    [InlineData("2024-10-27/2024-10-28", "27–28 October 2024")]
    [InlineData("2024-10-30/2024-11-02", "30 October – 2 November 2024")]
    [InlineData("2024-12-30/2025-01-02", "30 December 2024 – 2 January 2025")]
    [InlineData("2024-08/2025-05", "August 2024 – May 2025")]
    [InlineData("2024-11/2024-12", "November–December 2024")]
    [InlineData("2024/2025", "2024–2025")]
    public void SharesWhatTheEndsOfARangeShare(string text, string expected)
    {
        Assert.Equal(expected, EdtfDate.Parse(text).Describe());
    }

    [Theory]
    [InlineData("2024-10/2024-11-15", "October 2024 – 15 November 2024")]
    [InlineData("2024/2025-03", "2024 – March 2025")]
    [InlineData("2024-10-16/2024-10", "16 October 2024 – October 2024")]
    public void WritesBothEndsInFullWhenPrecisionsDiffer(string text, string expected)
    {
        Assert.Equal(expected, EdtfDate.Parse(text).Describe());
    }

    [Theory]
    [InlineData("2024-10~/2024-11", "c. October 2024 – November 2024")]
    [InlineData("2024-10/2024-11~", "October 2024 – c. November 2024")]
    [InlineData("2024-10-27/2024-10-28?", "27 October 2024 – 28 October 2024 (uncertain)")]
    [InlineData("2024-10-27?/2024-10-28~", "27 October 2024 (uncertain) – c. 28 October 2024")]
    [InlineData("2024~/2025", "c. 2024 – 2025")]
    public void WritesBothEndsInFullWhenEitherIsQualified(string text, string expected)
    {
        Assert.Equal(expected, EdtfDate.Parse(text).Describe());
    }

    [Fact]
    public void UsesAnEnDash()
    {
        var text = EdtfDate.Parse("2024/2025").Describe();

        Assert.Contains('\u2013', text);
        Assert.DoesNotContain('-', text);
    }
}
