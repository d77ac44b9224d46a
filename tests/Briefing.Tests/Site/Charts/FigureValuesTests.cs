using Briefing.Site.Charts;

namespace Briefing.Tests.Site.Charts;

public sealed class FigureValuesTests
{
    [Theory]
    [InlineData("11000", "11,000")]
    [InlineData("0.5", "0.5")]
    [InlineData("1234.50", "1,234.5")]
    [InlineData("-3", "-3")]
    [InlineData("0", "0")]
    [InlineData("1234567.891", "1,234,567.89")]
    [InlineData("-0.001", "0")]
    [InlineData("999.999", "1,000")]
    public void FormatsValuesWithThousandsSeparatorsAndAtMostTwoDecimals(string value, string expected)
    {
        Assert.Equal(expected, FigureChartSvg.FormatValue(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
