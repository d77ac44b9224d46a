namespace Briefing.Site.Charts;

/// <summary>
/// Spreads the marks of a timeline lane over a few rows, so that marks close in time neither hide each
/// other nor share a target: in a row, no two marks' targets (<see cref="MarkSpan.HitLeft"/> to
/// <see cref="MarkSpan.HitRight"/>) overlap.
/// </summary>
internal static class MarkRows
{
    /// <summary>The row of a mark that fits in no row: the caller groups it with a mark nearby.</summary>
    public const int NoRow = -1;

    /// <summary>Gives each mark, in order, the first row where its target overlaps no target already there.</summary>
    /// <param name="spans">The marks, in the order they are drawn.</param>
    /// <param name="maxRows">How many rows the lane may use, at least 1.</param>
    /// <returns>The row of each mark, from 0, or <see cref="NoRow"/> when every row is taken there.</returns>
    public static int[] Assign(IReadOnlyList<MarkSpan> spans, int maxRows)
    {
        var rowEnds = new List<double>();
        var rows = new int[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var row = rowEnds.FindIndex(end => end <= span.HitLeft);
            if (row < 0 && rowEnds.Count < maxRows)
            {
                row = rowEnds.Count;
                rowEnds.Add(double.NegativeInfinity);
            }

            rows[i] = row;
            if (row >= 0)
            {
                rowEnds[row] = Math.Max(rowEnds[row], span.HitRight);
            }
        }

        return rows;
    }

    /// <summary>
    /// For each mark without a row, the placed mark it joins: the one whose target is nearest to it
    /// (by the distance between centres; the earlier on a tie). Placed marks map to themselves.
    /// </summary>
    public static int[] Groups(IReadOnlyList<MarkSpan> spans, int[] rows)
    {
        var owner = new int[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            owner[i] = i;
            if (rows[i] != NoRow)
            {
                continue;
            }

            var best = -1;
            for (var j = 0; j < spans.Count; j++)
            {
                if (rows[j] != NoRow && (best < 0 || Distance(spans[j], spans[i]) < Distance(spans[best], spans[i])))
                {
                    best = j;
                }
            }

            owner[i] = best < 0 ? i : best;
        }

        return owner;
    }

    private static double Distance(MarkSpan a, MarkSpan b) =>
        Math.Abs(((a.HitLeft + a.HitRight) / 2) - ((b.HitLeft + b.HitRight) / 2));
}
