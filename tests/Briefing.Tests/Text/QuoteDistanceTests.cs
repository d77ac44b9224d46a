using Briefing.Text;

namespace Briefing.Tests.Text;

public class QuoteDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("11000", "11,000", 1)]
    [InlineData("flaw", "lawn", 2)]
    public void KnownDistances(string quote, string text, int expected) =>
        Assert.Equal(expected, new QuoteDistance(quote).To(text, 100));

    [Fact]
    public void DistanceAboveTheLimitReportsLimitPlusOne()
    {
        Assert.Equal(3, new QuoteDistance("kitten").To("sitting", 2));
        Assert.Equal(2, new QuoteDistance("abcdef").To("", 1));
        Assert.Equal(5, new QuoteDistance("aaaaaaaaaa").To("bbbbbbbbbb", 4));
    }

    [Theory]
    [InlineData(0, 15)]
    [InlineData(50, 80)]
    [InlineData(120, 300)]
    public void AgreesWithTheFullTableAcrossWordBoundaries(int minLength, int maxLength)
    {
        // Lengths above 64 and 128 exercise the carries between 64-bit blocks.
        var random = new Random(minLength + 11);
        for (var round = 0; round < 200; round++)
        {
            var quote = RandomText(random, minLength, maxLength);
            var text = RandomText(random, minLength, maxLength);
            var limit = random.Next(0, maxLength);
            var exact = Full(quote, text);

            Assert.Equal(Math.Min(exact, limit + 1), new QuoteDistance(quote).To(text, limit));
        }
    }

    [Fact]
    public void OneQuoteScoresManyTexts()
    {
        var distance = new QuoteDistance(new string('a', 70) + "xyz");

        Assert.Equal(0, distance.To(new string('a', 70) + "xyz", 200));
        Assert.Equal(3, distance.To(new string('a', 70), 200));
        Assert.Equal(1, distance.To("b" + new string('a', 69) + "xyz", 200));
    }

    private static string RandomText(Random random, int minLength, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(minLength, maxLength)).Select(_ => (char)('a' + random.Next(3)))]);

    // The textbook table, as the reference the bit-parallel version must agree with.
    private static int Full(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
