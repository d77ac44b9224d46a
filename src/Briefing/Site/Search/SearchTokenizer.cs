using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Briefing.Site.Search;

/// <summary>
/// Splits text into search terms. The browser splits queries with the same rules
/// (<c>tokenize</c> in theme/assets/search.js), and tests run both on the same strings and on every
/// code point, so a change here must be made there too. The shared rules:
/// <list type="number">
/// <item>Fold: Unicode NFD (here from <see cref="SearchDecompositions"/>), drop non-spacing marks (Mn),
/// lower-case, then final sigma 'ς' becomes 'σ'. Lone surrogates are not letters.</item>
/// <item>A word is a maximal run of code points that are letters (L*), decimal digits (Nd) or marks (M*).</item>
/// <item>Keep words of two or more UTF-16 units, and all-digit words of any length; drop the stop words.
/// A possessive "'s" needs no rule of its own: the apostrophe splits it off and "s" is too short.</item>
/// <item>All-digit words joined by a single ',' or '.' ("11,000", "3.5") are also emitted joined
/// ("11000", "35"), right after the last part, so a number matches however it is written.</item>
/// </list>
/// There is no stemming: the browser matches the last query term as a prefix instead.
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>Common English words that would only make every shard bigger; kept short on purpose
    /// ("not", "no", "who", "us", "may" carry meaning in a briefing and are not here).</summary>
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he",
        "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
        "they", "this", "to", "was", "were", "which", "will", "with",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The terms of <paramref name="text"/>, in order of appearance, repeats included.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var tokens = new List<string>();
        var number = new StringBuilder();
        var groups = 0;
        var numberEnd = -1;

        void FlushNumber()
        {
            if (groups > 1)
            {
                tokens.Add(number.ToString());
            }

            number.Clear();
            groups = 0;
        }

        foreach (var (start, end) in Words(folded))
        {
            var word = folded[start..end];
            var digits = IsAllDigits(word);
            if (!digits || !ContinuesNumber(folded, groups, numberEnd, start))
            {
                FlushNumber();
            }

            if (digits)
            {
                number.Append(word);
                groups++;
                numberEnd = end;
            }

            if ((digits || word.Length >= 2) && !StopWords.Contains(word))
            {
                tokens.Add(word);
            }
        }

        FlushNumber();
        return tokens;
    }

    /// <summary>
    /// Rule 1. Invariant globalization makes <see cref="string.Normalize()"/> a no-op, so the
    /// decompositions come from <see cref="SearchDecompositions"/>; lone surrogates become U+FFFD.
    /// </summary>
    internal static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!SearchDecompositions.TryAppend(rune, folded) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(rune);
            }
        }

        return folded.ToString().ToLowerInvariant().Replace('\u03C2', '\u03C3');
    }

    /// <summary>Rule 2: the [start, end) ranges of the words.</summary>
    private static IEnumerable<(int Start, int End)> Words(string folded)
    {
        var start = -1;
        var i = 0;
        while (i < folded.Length)
        {
            Rune.DecodeFromUtf16(folded.AsSpan(i), out var rune, out var width);
            var inWord = IsWordRune(rune);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i);
                start = -1;
            }

            i += width;
        }

        if (start >= 0)
        {
            yield return (start, folded.Length);
        }
    }

    /// <summary>Rule 4: a digit word continues the number when one ',' or '.' separates it from the previous digit word.</summary>
    private static bool ContinuesNumber(string folded, int groups, int numberEnd, int start) =>
        groups > 0 && start == numberEnd + 1 && folded[numberEnd] is ',' or '.';

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    private static bool IsAllDigits(string word)
    {
        foreach (var rune in word.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.DecimalDigitNumber)
            {
                return false;
            }
        }

        return true;
    }
}
