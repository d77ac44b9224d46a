namespace Briefing.Text;

/// <summary>
/// Decides which body lines are page furniture. An entry matches a body line when both are equal
/// after trimming (ordinal); the headline (line 0) is never boilerplate.
/// </summary>
internal static class BoilerplateLines
{
    /// <summary>
    /// Marks every body line that equals an entry, and lists the entries (each once, in the given
    /// order) that match no body line.
    /// </summary>
    public static (bool[] IsBoilerplate, string[] Missing) Classify(
        IReadOnlyList<string> lines,
        IReadOnlyCollection<string> entries)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            wanted.Add(entry.Trim());
        }

        var isBoilerplate = new bool[lines.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Count && wanted.Count > 0; i++)
        {
            var trimmed = lines[i].Trim();
            if (wanted.Contains(trimmed))
            {
                isBoilerplate[i] = true;
                used.Add(trimmed);
            }
        }

        var missing = entries
            .Where(entry => !used.Contains(entry.Trim()))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return (isBoilerplate, missing);
    }
}
