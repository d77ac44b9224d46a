using System.Globalization;
using Briefing.Dates;
using Briefing.History;
using Briefing.Site.Data;

namespace Briefing.Site.Dating;

/// <summary>
/// When the briefing was last updated, as every page's footer and the feed say it. It comes from the
/// briefing itself, never from the clock, so two builds of the same input stay byte-identical: the
/// time of the checked-out commit when the briefing's root is a git checkout, else the newest date of
/// a source's publication or an event.
/// </summary>
/// <param name="Text">For people: "16 October 2025", or the newest date at its own precision ("October 2025").</param>
/// <param name="Machine">For <c>&lt;time datetime&gt;</c>: "2025-10-16" or "2025-10".</param>
/// <param name="Instant">For the feed's <c>&lt;updated&gt;</c>: an RFC 3339 instant in UTC.</param>
public sealed record LastUpdated(string Text, string Machine, string Instant)
{
    /// <summary>Nothing dated at all: the feed needs an instant, and the footer says nothing.</summary>
    public static LastUpdated None { get; } = new("", "", "1970-01-01T00:00:00Z");

    /// <summary>The commit time when <paramref name="root"/> is the top of a git checkout, else the newest content date.</summary>
    public static LastUpdated For(SiteData data, string root)
    {
        ArgumentNullException.ThrowIfNull(data);
        return CommitTime(data, root) is { } commit ? FromInstant(commit) : FromContent(data);
    }

    /// <summary>The newest date of any source or event, at its own precision; <see cref="None"/> when there is none.</summary>
    public static LastUpdated FromContent(SiteData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var newest = data.Sources.Select(s => s.Published).Concat(data.Events.Select(e => e.Date))
            .OrderBy(d => d.Latest).ThenBy(d => d, EdtfDate.Comparer).LastOrDefault();
        if (newest is null)
        {
            return None;
        }

        // A range ends the briefing's news at its end, so that end is what is shown.
        // "c." or "(uncertain)" would describe the event, not the update, so the qualifiers are dropped.
        var end = newest.End ?? newest.Start;
        var point = new EdtfPoint(end.Year, end.Month, end.Day, false, false);
        var shown = new EdtfDate(point);
        return new LastUpdated(shown.Describe(), shown.MachineReadable, Stamp(point.Latest));
    }

    /// <summary>A commit's time, shown as its day in UTC.</summary>
    public static LastUpdated FromInstant(DateTimeOffset when)
    {
        var utc = when.ToUniversalTime();
        var day = DateOnly.FromDateTime(utc.UtcDateTime);
        var date = new EdtfDate(new EdtfPoint(day.Year, day.Month, day.Day, false, false));
        return new LastUpdated(date.Describe(), date.MachineReadable, utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    private static string Stamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>
    /// The committer time of HEAD, only when <paramref name="root"/> itself holds <c>.git</c> (a briefing
    /// kept in a subfolder of another repository, like the test fixtures, uses its content dates). The
    /// history stage has usually asked git for HEAD already; git missing or failing is no error: the
    /// content dates serve instead.
    /// </summary>
    private static DateTimeOffset? CommitTime(SiteData data, string root)
    {
        if (string.IsNullOrEmpty(root) || !Path.Exists(Path.Combine(root, ".git")))
        {
            return null;
        }

        var date = data.History.Head?.Date ?? HeadDate(root);
        return DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
    }

    private static string? HeadDate(string root) =>
        GitCommand.Run(root, "log", "-1", "--format=%cI", "HEAD") is { ExitCode: 0 } git ? git.Text.Trim() : null;
}
