namespace Briefing.Dates;

/// <summary>
/// The site order of dates. Every step after the first two only breaks ties, and the last compares
/// canonical text, which differs for any two unequal dates: so the order is total, deterministic,
/// and returns 0 exactly when the records are equal.
/// </summary>
internal static class EdtfOrder
{
    /// <summary>Compares two dates; null sorts first.</summary>
    public static int Compare(EdtfDate? x, EdtfDate? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        // Earliest possible day first; then the narrower span, so a day comes before its month.
        var result = x.Earliest.CompareTo(y.Earliest);
        if (result == 0)
        {
            result = x.Latest.CompareTo(y.Latest);
        }

        if (result == 0)
        {
            result = Rank(x.Start).CompareTo(Rank(y.Start));
        }

        if (result == 0)
        {
            result = Rank(x.End).CompareTo(Rank(y.End));
        }

        return result != 0 ? result : string.CompareOrdinal(x.ToEdtf(), y.ToEdtf());
    }

    // Exact before approximate before uncertain: the surer a date, the earlier it is listed.
    private static int Rank(EdtfPoint? point) =>
        point is null ? 0
        : point.Approximate ? 1
        : point.Uncertain ? 2
        : 0;
}
