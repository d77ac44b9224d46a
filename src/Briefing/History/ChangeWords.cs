using System.Globalization;
using Briefing.Dates;

namespace Briefing.History;

/// <summary>
/// Says in words what a commit did to an item ("credibility 3 → 2; evidence added from …"), for pages
/// and feeds. Sources are named by their title today, looked up through the function given.
/// </summary>
public static class ChangeWords
{
    private const int MaxValueLength = 60;

    // The most telling changes first; fields not named here follow in name order.
    private static readonly string[] Order = ["statement", "title", "label", "credibility", "reliability", "kind", "outcome", "figure", "date", "published"];

    /// <summary>The change in words; <paramref name="seenBefore"/> tells a first appearance from a return.</summary>
    public static string Describe(ItemChange change, bool seenBefore, Func<string, string> sourceName)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Type switch
        {
            ChangeType.Added => seenBefore ? "added again" : "first appeared",
            ChangeType.Removed => "removed",
            _ => string.Join("; ", Phrases(change.Fields, sourceName)),
        };
    }

    /// <summary>A commit date as the site shows it: "15 November 2024".</summary>
    public static string Day(DateOnly day) => $"{day.Day} {MonthNames.English(day.Month)} {day.Year.ToString(CultureInfo.InvariantCulture)}";

    private static IEnumerable<string> Phrases(IReadOnlyList<FieldChange> fields, Func<string, string> sourceName)
    {
        var evidence = fields.Where(f => f.Field.StartsWith(ItemSnapshot.EvidencePrefix + ItemSnapshot.Separator, StringComparison.Ordinal)).ToList();
        foreach (var f in fields.Except(evidence).OrderBy(f => Array.IndexOf(Order, f.Field) is var i and >= 0 ? i : Order.Length))
        {
            yield return Field(f);
        }

        foreach (var phrase in evidence.Select(e => Evidence(e, sourceName)).GroupBy(p => p, StringComparer.Ordinal))
        {
            var n = phrase.Count();
            yield return n == 1 ? phrase.Key : $"{phrase.Key} ({n} quotes)";
        }
    }

    private static string Field(FieldChange f)
    {
        var name = f.Field.Replace('_', ' ');
        return (f.Old, f.New) switch
        {
            (null, { } n) => $"{name} set to {Short(n)}",
            ({ } o, null) => $"{name} removed (was {Short(o)})",
            ({ } o, _) when f.Field is "statement" or "title" or "label" => $"{name} reworded (was “{Short(o)}”)",
            ({ } o, { } n) when f.Field == "figure" || (o.Length <= MaxValueLength && n.Length <= MaxValueLength) => $"{name} {o} → {n}",
            _ => $"{name} rewritten",
        };
    }

    private static string Evidence(FieldChange e, Func<string, string> sourceName)
    {
        var source = sourceName(e.Field.Split(ItemSnapshot.Separator)[1]);
        return (e.Old, e.New) switch
        {
            (null, _) => $"evidence added from {source}",
            (_, null) => $"evidence removed from {source}",
            _ => $"evidence from {source} {e.Old} → {e.New}",
        };
    }

    private static string Short(string text) => text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 1)].TrimEnd() + "…";
}
