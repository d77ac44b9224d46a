using Briefing.Site.Charts;

namespace Briefing.Tests.Site.Charts;

public sealed class ValueAxisTests
{
    private static readonly decimal[] NiceMantissas = [1m, 2m, 2.5m, 5m];

    [Theory]
    [InlineData(new[] { 2600.0, 12000.0 })]
    [InlineData(new[] { 11000.0 })]
    [InlineData(new[] { 0.0 })]
    [InlineData(new[] { 0.3, 0.7, 0.45 })]
    [InlineData(new[] { 98000.0, 102000.0 })]
    [InlineData(new[] { -40.0, 15.0 })]
    [InlineData(new[] { 1.0, 1234567.0 })]
    [InlineData(new[] { 7.0, 7.0, 8.0 })]
    public void ChoosesFewRoundEvenlySpacedTicksThatCoverEveryValue(double[] raw)
    {
        var values = raw.Select(v => (decimal)v).ToList();

        var ticks = ValueAxis.For(values).Ticks;

        Assert.InRange(ticks.Count, 2, 8);
        Assert.True(ticks[0] <= values.Min() && ticks[^1] >= values.Max());
        var step = ticks[1] - ticks[0];
        Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.Equal(step, pair.Second - pair.First));
        Assert.Contains(NiceMantissas, m => IsPowerOfTen(step / m));
        Assert.All(ticks, t => Assert.Equal(0, t % step));
    }

    [Fact]
    public void StartsAtZeroForValuesNotFarAboveIt()
    {
        var ticks = ValueAxis.For([2600m, 12000m]).Ticks;

        Assert.Equal(0, ticks[0]);
        Assert.InRange(ticks[^1], 12000, 15000);
    }

    [Fact]
    public void StartsAtZeroEvenForCountsFarAboveIt()
    {
        // A count axis that starts above zero makes 98,000 against 102,000 look like a fourfold difference.
        var ticks = ValueAxis.For([98000m, 102000m]).Ticks;

        Assert.Equal(0, ticks[0]);
        Assert.InRange(ticks[^1], 102000, 125000);
    }

    [Fact]
    public void PutsTheLowestTickAtTheBottomAndTheHighestAtTheTop()
    {
        var axis = ValueAxis.For([2600m, 12000m]);

        Assert.Equal(200, axis.Y(axis.Ticks[0], 10, 200), 6);
        Assert.Equal(10, axis.Y(axis.Ticks[^1], 10, 200), 6);
        Assert.True(axis.Y(12000, 10, 200) < axis.Y(2600, 10, 200));
    }

    private static bool IsPowerOfTen(decimal value)
    {
        while (value >= 10)
        {
            value /= 10;
        }

        while (value < 1)
        {
            value *= 10;
        }

        return value == 1;
    }
}
