using System.Globalization;
using Briefing.Model;

namespace Briefing.Scaffolding;

/// <summary>Ids for new things that collide with nothing already in the briefing.</summary>
public static class NextFreeId
{
    /// <summary>
    /// <c>prefix-N</c>, N one more than the highest already taken (<c>claim-1</c>, <c>claim-2</c>…). A deleted
    /// number is not reused, so an old link to it never silently points at a different item.
    /// </summary>
    public static string Numbered(string prefix, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var ids = taken.ToHashSet(StringComparer.Ordinal);
        var highest = 0L;
        foreach (var id in ids)
        {
            if (id.StartsWith(prefix + "-", StringComparison.Ordinal)
                && id.Length - prefix.Length - 1 is > 0 and <= 9
                && long.TryParse(id.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                highest = Math.Max(highest, n);
            }
        }

        return Unique($"{prefix}-{(highest + 1).ToString(CultureInfo.InvariantCulture)}", ids.Contains);
    }

    /// <summary><paramref name="id"/> itself when free, else <c>id-2</c>, <c>id-3</c>…, kept within the id length limit.</summary>
    public static string Unique(string id, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        if (!isTaken(id))
        {
            return id;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var stem = id.Length + suffix.Length <= Ids.MaxLength ? id : id[..(Ids.MaxLength - suffix.Length)].TrimEnd('-');
            var candidate = stem + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }
}
