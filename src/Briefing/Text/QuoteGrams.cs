namespace Briefing.Text;

/// <summary>
/// The character n-grams (up to three characters) of a folded quote. Counting how many of a window's
/// n-grams also occur in the quote is a cheap stand-in for edit distance: a window a few edits away
/// from the quote shares almost all of them, so the best windows by this count are the ones worth
/// scoring exactly.
/// </summary>
internal sealed class QuoteGrams
{
    private readonly HashSet<long> _grams = [];

    public QuoteGrams(string foldedQuote)
    {
        Size = Math.Min(3, foldedQuote.Length);
        for (var p = 0; p + Size <= foldedQuote.Length && Size > 0; p++)
        {
            _grams.Add(Key(foldedQuote.AsSpan(p, Size)));
        }
    }

    /// <summary>The n-gram length: 3, or less for quotes shorter than that.</summary>
    public int Size { get; }

    /// <summary>
    /// Prefix sums over <paramref name="text"/>: element p is the number of positions before p where an
    /// n-gram of the quote starts. Any window's count is then a difference of two elements.
    /// </summary>
    public int[] PrefixHits(string text)
    {
        var prefix = new int[text.Length + 1];
        for (var p = 0; p < text.Length; p++)
        {
            var hit = Size > 0 && p + Size <= text.Length && _grams.Contains(Key(text.AsSpan(p, Size)));
            prefix[p + 1] = prefix[p] + (hit ? 1 : 0);
        }

        return prefix;
    }

    /// <summary>Number of the quote's n-grams lying wholly inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public int Hits(int[] prefix, int start, int end)
    {
        var lastStart = end - Size + 1;
        return lastStart > start ? prefix[lastStart] - prefix[start] : 0;
    }

    // Three UTF-16 units fit in 48 bits, so a key identifies its n-gram exactly.
    private static long Key(ReadOnlySpan<char> gram)
    {
        long key = 0;
        foreach (var c in gram)
        {
            key = (key << 16) | c;
        }

        return key;
    }
}
