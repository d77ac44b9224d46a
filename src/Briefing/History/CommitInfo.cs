namespace Briefing.History;

/// <summary>A commit as the history shows it.</summary>
/// <param name="Id">The full commit id (40 hex digits, or 64 in a SHA-256 repository).</param>
/// <param name="Date">The committer date as git gives it (ISO 8601 with the committer's offset): when the change landed.</param>
/// <param name="Subject">The first line of the commit message.</param>
public sealed record CommitInfo(string Id, string Date, string Subject)
{
    /// <summary>The abbreviated id readers see (git's usual seven digits).</summary>
    public string ShortId => Id[..Math.Min(7, Id.Length)];

    /// <summary>The calendar day of <see cref="Date"/>, in the committer's own time zone.</summary>
    public DateOnly Day => DateOnly.ParseExact(Date[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
