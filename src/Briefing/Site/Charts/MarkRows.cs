namespace Briefing.Site.Charts;

/// <summary>
/// Spreads the marks of a timeline lane over a few rows, so that marks close in time do not hide
/// each other (and each other's links).
/// </summary>
internal static class MarkRows
{
    private const double Gap = 2;

    /// <summary>
    /// Gives each mark, in order, the first row where it does not overlap the marks already there;
    /// when every row is taken, the row whose marks end soonest (overlap is then unavoidable).
    /// </summary>
    /// <param name="spans">The marks, in the order they are drawn.</param>
    /// <param name="maxRows">How many rows the lane may use, at least 1.</param>
    /// <returns>The row of each mark, from 0.</returns>
    public static int[] Assign(IReadOnlyList<MarkSpan> spans, int maxRows)
    {
        var rowEnds = new List<double>();
        var rows = new int[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var row = rowEnds.FindIndex(end => end + Gap <= span.DrawnLeft);
            if (row < 0 && rowEnds.Count < maxRows)
            {
                row = rowEnds.Count;
                rowEnds.Add(double.NegativeInfinity);
            }
            else if (row < 0)
            {
                row = rowEnds.IndexOf(rowEnds.Min());
            }

            rows[i] = row;
            rowEnds[row] = Math.Max(rowEnds[row], span.DrawnRight);
        }

        return rows;
    }
}
