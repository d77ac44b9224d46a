using Briefing.Common;
using Briefing.Model;

namespace Briefing.Checking;

/// <summary>
/// Finds the id an editor meant when a reference names one that does not exist. In order, the first that
/// finds anything: an entity's name or alias ('NYC' → new-york-city), a typo ('new-yrok-city'), then ids that
/// share words with it ('okafor' → grace-okafor, 'york' → new-york-city or york-minster). Only valid ids are
/// offered: suggesting an id that is itself an error would send the editor from one error to another.
/// </summary>
internal sealed class IdSuggester(BriefingIndex index)
{
    private const int MaxOffered = 3;

    /// <summary>"; did you mean 'x'?", "; did you mean 'x' or 'y'?", or an empty string.</summary>
    public string DidYouMean(string kind, string wrong)
    {
        var candidates = index.IdsOf(kind).Where(Ids.IsValid).Order(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return "";
        }

        if (kind == "entity" && ByNameOrAlias(wrong) is { Count: > 0 } named)
        {
            return "; did you mean " + Either(named.Select(n => $"'{n.Id}' ({n.Why})").ToList()) + "?";
        }

        if (Suggestions.Closest(wrong, candidates) is { } typo)
        {
            return $"; did you mean '{typo}'?";
        }

        var sharing = SharingWords(wrong, candidates);
        return sharing.Count == 0 ? "" : "; did you mean " + Either([.. sharing.Select(s => $"'{s}'")]) + "?";
    }

    private List<(string Id, string Why)> ByNameOrAlias(string wrong)
    {
        var slug = Ids.Slugify(wrong);
        var found = new List<(string Id, string Why)>();
        foreach (var entity in index.Entities.Values.Where(e => Ids.IsValid(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (Ids.Slugify(entity.Name) == slug)
            {
                found.Add((entity.Id, $"named {entity.Name}"));
            }
            else if (entity.Aliases.FirstOrDefault(a => Ids.Slugify(a) == slug) is { } alias)
            {
                found.Add((entity.Id, $"alias {alias}"));
            }
        }

        return [.. found.Take(MaxOffered)];
    }

    // Ids that hold every word of the wrong one ('okafor' in grace-okafor; 'budanov-kyrylo' in kyrylo-budanov),
    // else those that hold the most of its words; fewer extra words first.
    private static List<string> SharingWords(string wrong, List<string> candidates)
    {
        var words = Ids.Slugify(wrong).Split('-', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return [];
        }

        var scored = candidates
            .Select(c => (Id: c, Words: c.Split('-')))
            .Select(c => (c.Id, Shared: c.Words.Count(words.Contains), Extra: c.Words.Length))
            .Where(c => c.Shared > 0)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(c => c.Shared);
        return [.. scored.Where(c => c.Shared == best)
            .OrderBy(c => c.Extra)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(MaxOffered)
            .Select(c => c.Id)];
    }

    private static string Either(List<string> options) =>
        options.Count == 1 ? options[0] : string.Join(", ", options.Take(options.Count - 1)) + " or " + options[^1];
}
