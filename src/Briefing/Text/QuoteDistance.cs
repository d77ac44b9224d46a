namespace Briefing.Text;

/// <summary>
/// Levenshtein distance from one folded quote to many candidate passages. It uses Myers' bit-vector
/// method (in Hyyrö's form for whole-string distance): a column of the classic table is kept as bits,
/// 64 cells per machine word, so a 300-character quote costs five word operations per passage
/// character instead of three hundred cell updates. That is what lets the error path score enough
/// candidates to find the right one while staying fast.
/// </summary>
internal sealed class QuoteDistance
{
    private readonly int _length;
    private readonly int _blocks;
    private readonly ulong _lastBit;
    private readonly ulong[] _absent;

    // For each character of the quote, the bit set of positions where it occurs (64 per block).
    private readonly Dictionary<char, ulong[]> _positions = [];

    public QuoteDistance(string quote)
    {
        _length = quote.Length;
        _blocks = Math.Max(1, (quote.Length + 63) / 64);
        _lastBit = 1UL << ((Math.Max(1, quote.Length) - 1) % 64);
        _absent = new ulong[_blocks];
        for (var i = 0; i < quote.Length; i++)
        {
            if (!_positions.TryGetValue(quote[i], out var bits))
            {
                bits = new ulong[_blocks];
                _positions.Add(quote[i], bits);
            }

            bits[i / 64] |= 1UL << (i % 64);
        }
    }

    /// <summary>
    /// The edit distance from the quote to <paramref name="text"/>, or <paramref name="limit"/> + 1
    /// as soon as it is certain to exceed <paramref name="limit"/>.
    /// </summary>
    public int To(ReadOnlySpan<char> text, int limit)
    {
        if (Math.Abs(_length - text.Length) > limit)
        {
            return limit + 1;
        }

        if (_length == 0)
        {
            return text.Length;
        }

        // Vertical deltas of the current column: +1 where Pv is set, -1 where Mv is set.
        Span<ulong> pv = _blocks <= 64 ? stackalloc ulong[_blocks] : new ulong[_blocks];
        Span<ulong> mv = _blocks <= 64 ? stackalloc ulong[_blocks] : new ulong[_blocks];
        pv.Fill(ulong.MaxValue);
        mv.Clear();
        var score = _length;
        for (var j = 0; j < text.Length; j++)
        {
            score += Step(_positions.GetValueOrDefault(text[j], _absent), pv, mv);

            // Each remaining character can lower the score by at most one.
            if (score - (text.Length - j - 1) > limit)
            {
                return limit + 1;
            }
        }

        return score;
    }

    /// <summary>Advances the column by one passage character; returns the change in the bottom cell.</summary>
    private int Step(ulong[] eq, Span<ulong> pv, Span<ulong> mv)
    {
        // Row 0 of the table grows by one per character (whole-string distance), hence carry-in 1.
        ulong phCarry = 1, mhCarry = 0, addCarry = 0;
        var delta = 0;
        for (var b = 0; b < _blocks; b++)
        {
            var e = eq[b];
            var p = pv[b];
            var m = mv[b];
            var xv = e | m;
            var partial = (e & p) + p;
            var sum = partial + addCarry;
            addCarry = (partial < p || sum < partial) ? 1UL : 0UL;
            var xh = (sum ^ p) | e;
            var ph = m | ~(xh | p);
            var mh = p & xh;
            if (b == _blocks - 1)
            {
                delta = (ph & _lastBit) != 0 ? 1 : (mh & _lastBit) != 0 ? -1 : 0;
            }

            var phOut = ph >> 63;
            var mhOut = mh >> 63;
            ph = (ph << 1) | phCarry;
            mh = (mh << 1) | mhCarry;
            phCarry = phOut;
            mhCarry = mhOut;
            pv[b] = mh | ~(xv | ph);
            mv[b] = ph & xv;
        }

        return delta;
    }
}
