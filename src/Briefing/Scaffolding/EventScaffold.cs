using System.Globalization;
using Briefing.Dates;

namespace Briefing.Scaffolding;

/// <summary>
/// <c>briefing new event</c>: appends an event of the chronology to input/events.yml (created if missing),
/// backed by a claim, dated today unless a date is given.
/// </summary>
public static class EventScaffold
{
    /// <summary>The chronology's file.</summary>
    public const string File = "input/events.yml";

    /// <summary>The title the editor replaces.</summary>
    public const string TitlePlaceholder = "TODO what happened, in a few words";

    /// <summary>Appends the event; the file's existing bytes are kept.</summary>
    /// <param name="root">The briefing's root folder.</param>
    /// <param name="date">Its date, in one of the format's forms (docs/format.md#dates); null for today, marked for correction.</param>
    /// <param name="claim">The claim it rests on; null for the last claim of the claims file changed most recently.</param>
    /// <param name="id">Its id; null for the next free <c>event-N</c>.</param>
    /// <param name="title">Its title; null for a placeholder.</param>
    /// <param name="today">Today's date.</param>
    public static ScaffoldResult Write(string root, string? date, string? claim, string? id, string? title, DateOnly today)
    {
        if (Arguments.InvalidId(("--id", id), ("--claim", claim)) is { } invalid)
        {
            return invalid;
        }

        if (date is not null && !EdtfDate.TryParse(date, out _, out var badDate))
        {
            return ScaffoldResult.Invalid(badDate.Contains(date.Trim(), StringComparison.Ordinal) ? $"--date: {badDate}" : $"--date: '{date}': {badDate}");
        }

        if (title is not null && title.Trim().Length == 0)
        {
            return ScaffoldResult.Invalid("--title is empty; leave it out for a placeholder");
        }

        if (ExistingBriefing.Open(root, out var noBriefing) is not { } briefing)
        {
            return ScaffoldResult.Refuse(noBriefing!);
        }

        var content = briefing.Content;
        var chosenClaim = claim is null ? briefing.LatestClaim() : content.Claims.FirstOrDefault(c => c.Id == claim);
        if (chosenClaim is null)
        {
            return claim is null
                ? ScaffoldResult.Refuse("there is no claim yet, and an event needs one; create it first: briefing new claim")
                : Arguments.Unknown("claim", claim, content.Claims.Select(c => c.Id), "name an existing claim, or create it first: briefing new claim");
        }

        var taken = briefing.EventIds();
        if (id is not null && taken.Contains(id))
        {
            return ScaffoldResult.Refuse($"there is already an event '{id}'; choose another --id");
        }

        var chosenId = id ?? NextFreeId.Numbered("event", taken);
        var topics = chosenClaim.Topics.Select(t => t.Id).Where(t => content.Topics.Any(x => x.Id == t)).Distinct(StringComparer.Ordinal).ToList();
        var item = Item(chosenId, date?.Trim(), today, title?.Trim(), chosenClaim.Id, topics);
        var problem = SequenceFile.Append(briefing, File, item, "events");
        if (problem is not null)
        {
            return ScaffoldResult.Refuse(problem);
        }

        var notes = new List<string>
        {
            $"next: {(date is null ? "correct the date (it is today's), " : "")}{(title is null ? "write the title, " : "")}check that claim '{chosenClaim.Id}' backs it, and give it a descriptive id; then run 'briefing validate' (the chronology is shown in date order, whatever the order in the file)",
        };
        if (claim is null)
        {
            notes.Add($"it rests on claim '{chosenClaim.Id}' because none was given (--claim): the last claim of the claims file changed most recently");
        }

        return ScaffoldResult.Wrote("event", chosenId, File, notes);
    }

    private static List<string> Item(string id, string? date, DateOnly today, string? title, string claim, List<string> topics)
    {
        var item = new List<string>
        {
            $"- id: {id}",
            date is null
                ? $"  date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}   # today's date: correct it to the date of the event (2024-10, 2024-10-27~ ... see 'briefing docs format')"
                : $"  date: {date}",
            $"  title: {(title is null ? TitlePlaceholder : YamlText.Scalar(title))}",
            $"  claims: {YamlText.IdList([claim])}",
        };
        if (topics.Count > 0)
        {
            item.Add($"  topics: {YamlText.IdList(topics)}");
        }

        item.Add("  # places: [entity-id]   # where it happened: entity ids");
        item.Add("  # summary: |            # Markdown: what the sources say, and what is inferred");
        return item;
    }
}
