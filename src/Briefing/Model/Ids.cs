using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Model;

/// <summary>The id rule: lower-case words of letters and digits joined by single hyphens, at most 80 characters.</summary>
public static partial class Ids
{
    /// <summary>The longest id allowed.</summary>
    public const int MaxLength = 80;

    /// <summary>True when <paramref name="id"/> may be used as an id (and so as a path segment).</summary>
    public static bool IsValid(string id) => id.Length <= MaxLength && Pattern().IsMatch(id);

    /// <summary>An editor-facing explanation for an invalid id, with a corrected suggestion where one can be made.</summary>
    public static string Explain(string id)
    {
        var suggestion = Slugify(id);
        var tail = suggestion.Length > 0 && suggestion != id ? $", e.g. '{suggestion}'" : "";
        return id.Length > MaxLength
            ? $"id '{id[..20]}…' is {id.Length} characters long; ids have at most {MaxLength}"
            : $"'{id}' is not a valid id: use lower-case letters and digits in words joined by single hyphens{tail}";
    }

    /// <summary>Turns any text into the nearest valid id ("Eastern Districts" → "eastern-districts").</summary>
    public static string Slugify(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
    }

    // \z, not $: in .NET "$" also matches before a final line break, and "abc\n" is no id.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
