namespace Briefing.Dates;

/// <summary>
/// English month names, spelled out here rather than taken from a culture, so that the site reads
/// the same whatever machine builds it.
/// </summary>
internal static class MonthNames
{
    private static readonly string[] Names =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The English name of <paramref name="month"/>, 1 to 12.</summary>
    public static string English(int month) => Names[month - 1];
}
