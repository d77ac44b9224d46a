using System.Text;

namespace Briefing.Text;

/// <summary>
/// The folding that makes a hand-typed quote comparable with an article: white-space runs become one
/// space, every kind of quotation mark and apostrophe becomes <c>'</c>, and hyphen-like dashes become
/// <c>-</c>. Case is kept and nothing else is normalised, so "comparable" stays close to "identical".
/// </summary>
public static class QuoteFolding
{
    /// <summary>Folds a quote and trims it, so that surrounding white space never matters.</summary>
    public static string FoldQuote(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var folded = new StringBuilder(quote.Length);
        var spacePending = false;
        foreach (var c in quote)
        {
            if (char.IsWhiteSpace(c))
            {
                // Only emit the space once a later non-space arrives: that trims both ends for free.
                spacePending = folded.Length > 0;
                continue;
            }

            if (spacePending)
            {
                folded.Append(' ');
                spacePending = false;
            }

            folded.Append(FoldChar(c));
        }

        return folded.ToString();
    }

    /// <summary>
    /// Folds one article line without trimming it, remembering where each folded character came from.
    /// The line must not contain '\n' (the article is split on it first).
    /// </summary>
    internal static FoldedLine FoldLine(int lineIndex, string line)
    {
        var chars = new char[line.Length];
        var starts = new int[line.Length + 1];
        var length = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                // A run is represented by its first character; the rest of the run adds nothing.
                if (i > 0 && char.IsWhiteSpace(line[i - 1]))
                {
                    continue;
                }

                c = ' ';
            }

            chars[length] = FoldChar(c);
            starts[length] = i;
            length++;
        }

        starts[length] = line.Length;
        return new FoldedLine(lineIndex, line, new string(chars, 0, length), starts);
    }

    /// <summary>Folds a single non-white-space character.</summary>
    internal static char FoldChar(char c) => c switch
    {
        '"' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E' or '\u201F' => '\'',
        >= '\u2010' and <= '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
