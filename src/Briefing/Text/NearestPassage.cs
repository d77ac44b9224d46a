namespace Briefing.Text;

/// <summary>
/// Finds the passage of an article most like a quote that does not occur, so the error can show the
/// editor what the source actually says. Candidates are windows that start at a word and hold about
/// as many words as the quote (one fewer to one more); the winner has the smallest edit distance to
/// the quote, the first such window on a tie.
/// </summary>
internal static class NearestPassage
{
    // Scoring every window exactly would cost (windows × quote length × passage length / 64). Instead
    // the windows sharing the most n-grams with the quote are shortlisted and only those are scored; a
    // near miss shares nearly all of them, so it is on the list. This keeps a 50 KB article with a
    // 300-character quote at a few milliseconds.
    private const int ShortlistSize = 128;

    /// <summary>The original text of the nearest window, or null when the lines hold no words.</summary>
    public static string? Find(string foldedQuote, IReadOnlyList<FoldedLine> lines)
    {
        if (foldedQuote.Length == 0)
        {
            return null;
        }

        var quoteDistance = new QuoteDistance(foldedQuote);
        Window? best = null;
        var bestDistance = int.MaxValue;
        foreach (var window in Shortlist(foldedQuote, lines))
        {
            // Until something is scored the limit is the largest possible distance, so it is exact.
            var limit = best is null ? Math.Max(foldedQuote.Length, window.End - window.Start) : bestDistance;
            var score = quoteDistance.To(window.Text, limit);
            if (best is not { } current || score < bestDistance
                || (score == bestDistance && window.Order < current.Order))
            {
                best = window;
                bestDistance = score;
            }
        }

        return best is { } found ? found.Line.OriginalSlice(found.Start, found.End) : null;
    }

    /// <summary>The windows with the most n-grams in common with the quote, best first.</summary>
    private static List<Window> Shortlist(string foldedQuote, IReadOnlyList<FoldedLine> lines)
    {
        var grams = new QuoteGrams(foldedQuote);
        var sizes = WindowSizes(foldedQuote.Count(c => c == ' ') + 1);

        // A min-queue of the best so far: its head is the weakest, dropped when a better one arrives.
        // Priority: more hits is better; on equal hits the earlier window (lower order) is better.
        var queue = new PriorityQueue<Window, long>(ShortlistSize + 1);
        var order = 0;
        foreach (var line in lines)
        {
            var prefix = grams.PrefixHits(line.Text);
            foreach (var (start, end) in Windows(line.Text, sizes))
            {
                var window = new Window(line, start, end, order++);
                var priority = ((long)grams.Hits(prefix, start, end) << 32) | (uint)(int.MaxValue - window.Order);
                if (queue.Count < ShortlistSize)
                {
                    queue.Enqueue(window, priority);
                }
                else
                {
                    queue.EnqueueDequeue(window, priority);
                }
            }
        }

        // Best first, so that the limit for exact scoring shrinks early and later windows exit fast.
        return [.. queue.UnorderedItems.OrderByDescending(item => item.Priority).Select(item => item.Element)];
    }

    /// <summary>How many words a window may hold: the quote's count, one fewer and one more.</summary>
    private static int[] WindowSizes(int quoteWords) =>
        [.. new[] { quoteWords - 1, quoteWords, quoteWords + 1 }.Where(n => n >= 1)];

    /// <summary>
    /// Every window of a folded line that starts at a word and holds one of <paramref name="sizes"/>
    /// words; near the end of the line a window stops at the last word (and is listed once).
    /// </summary>
    private static IEnumerable<(int Start, int End)> Windows(string text, int[] sizes)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        for (var p = 0; p < text.Length; p++)
        {
            if (text[p] != ' ' && (p == 0 || text[p - 1] == ' '))
            {
                starts.Add(p);
            }

            if (text[p] != ' ' && (p + 1 == text.Length || text[p + 1] == ' '))
            {
                ends.Add(p + 1);
            }
        }

        for (var first = 0; first < starts.Count; first++)
        {
            var previousLast = -1;
            foreach (var size in sizes)
            {
                var last = Math.Min(first + size - 1, ends.Count - 1);
                if (last != previousLast)
                {
                    previousLast = last;
                    yield return (starts[first], ends[last]);
                }
            }
        }
    }

    /// <summary>A candidate: folded range [Start, End) of a line, numbered in reading order.</summary>
    private readonly record struct Window(FoldedLine Line, int Start, int End, int Order)
    {
        public ReadOnlySpan<char> Text => Line.Text.AsSpan(Start, End - Start);
    }
}
