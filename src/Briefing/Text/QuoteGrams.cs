namespace Briefing.Text;

/// <summary>
/// The character n-grams of a folded quote. Counting how many of a window's n-grams also occur in
/// the quote is a cheap stand-in for edit distance: a window a few edits away from the quote shares
/// almost all of them, so the best windows by this count are the ones worth scoring exactly.
/// </summary>
internal sealed class QuoteGrams
{
    // Four characters tell words apart well enough in prose while one edit still spoils only four.
    private const int MaxSize = 4;

    // The n-grams are kept as a bit table indexed by a hash. A collision merely counts one hit too
    // many for a window, harmless for a shortlist, and a table lookup is far cheaper than a hash set.
    private const int TableBits = 16;
    private readonly ulong[] _table = new ulong[(1 << TableBits) / 64];

    public QuoteGrams(string foldedQuote)
    {
        Size = Math.Min(MaxSize, foldedQuote.Length);
        foreach (var slot in Slots(foldedQuote))
        {
            _table[slot >> 6] |= 1UL << (slot & 63);
        }
    }

    /// <summary>The n-gram length: four, or less for quotes shorter than that.</summary>
    public int Size { get; }

    /// <summary>
    /// Prefix sums over <paramref name="text"/>: element p is the number of positions before p where an
    /// n-gram of the quote starts. Any window's count is then a difference of two elements.
    /// </summary>
    public int[] PrefixHits(string text)
    {
        var prefix = new int[text.Length + 1];
        var p = 0;
        foreach (var slot in Slots(text))
        {
            var hit = (_table[slot >> 6] & (1UL << (slot & 63))) != 0;
            prefix[p + 1] = prefix[p] + (hit ? 1 : 0);
            p++;
        }

        // Positions too close to the end to start an n-gram add nothing.
        for (; p < text.Length; p++)
        {
            prefix[p + 1] = prefix[p];
        }

        return prefix;
    }

    /// <summary>Number of the quote's n-grams lying wholly inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public int Hits(int[] prefix, int start, int end)
    {
        var lastStart = end - Size + 1;
        return lastStart > start ? prefix[lastStart] - prefix[start] : 0;
    }

    /// <summary>The table slot of each n-gram of <paramref name="text"/>, in order of its start.</summary>
    private IEnumerable<int> Slots(string text)
    {
        if (Size == 0)
        {
            yield break;
        }

        // Up to four UTF-16 units roll through one 64-bit key, which is then spread by a multiplicative hash.
        ulong key = 0;
        for (var i = 0; i < text.Length; i++)
        {
            key = (key << 16) | text[i];
            if (i + 1 >= Size)
            {
                var gram = Size == MaxSize ? key : key & ((1UL << (16 * Size)) - 1);
                yield return (int)((gram * 0x9E3779B97F4A7C15UL) >> (64 - TableBits));
            }
        }
    }
}
