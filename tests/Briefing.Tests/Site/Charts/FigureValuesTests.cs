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

    [Fact]
    public void SeesNoDisagreementBetweenEqualValues()
    {
        var spread = FigureChartSvg.Spread([11000m, 11000.00m]);

        Assert.Equal(new FigureSpread(11000, 11000, 1, false), spread);
    }

    [Fact]
    public void SeesADisagreementBeyondFivePercent()
    {
        var spread = FigureChartSvg.Spread([12000m, 10000m]);

        Assert.Equal(new FigureSpread(10000, 12000, 2, true), spread);
    }

    [Theory]
    [InlineData(11000, 11200)]
    [InlineData(100, 105)]
    public void SeesNoDisagreementWithinFivePercent(int a, int b)
    {
        var spread = FigureChartSvg.Spread([a, b]);

        Assert.Equal(2, spread.DistinctValues);
        Assert.False(spread.Disagree);
    }

    [Theory]
    [InlineData(100, 106)]
    [InlineData(-10, 0)]
    [InlineData(-100, -90)]
    public void CountsTheDifferenceAgainstTheLargestMagnitude(int a, int b)
    {
        Assert.True(FigureChartSvg.Spread([a, b]).Disagree);
    }

    [Fact]
    public void SpreadsNothingWithoutValues()
    {
        Assert.Equal(new FigureSpread(0, 0, 0, false), FigureChartSvg.Spread([]));
    }
}
