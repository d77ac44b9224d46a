using Briefing.Dates;

namespace Briefing.Tests.Dates;

public sealed class EdtfFuzzTests
{
    // Characters that the grammar uses, plus some that it must refuse.
    private const string Alphabet = "0123456789-/~?%. T\u0660\uFF10\uD83D\uDE00";

    [Fact]
    public void NeverThrowsAndEverythingItAcceptsRoundTrips()
    {
        var random = new Random(20241016);
        var accepted = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var text = RandomText(random);

            if (EdtfDate.TryParse(text, out var date, out var error))
            {
                accepted++;
                Assert.Null(error);
                Assert.Equal(date, EdtfDate.Parse(date.ToEdtf()));
                Assert.True(date.Earliest <= date.Latest, text);
                Assert.NotEmpty(date.Describe());
            }
            else
            {
                Assert.Null(date);
                Assert.False(string.IsNullOrWhiteSpace(error), text);
            }
        }

        // Otherwise the loop would only ever test the error path.
        Assert.True(accepted > 0);
    }

    private static string RandomText(Random random)
    {
        // Mostly date-shaped text, so that the valid paths are exercised too.
        if (random.Next(3) == 0)
        {
            return string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{random.Next(0, 10001):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}");
        }

        var length = random.Next(0, 24);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
