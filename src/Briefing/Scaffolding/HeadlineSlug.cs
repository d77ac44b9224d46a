using System.Text;
using Briefing.Model;

namespace Briefing.Scaffolding;

/// <summary>A new source's id from its headline: readable, short, and a valid id whatever the headline holds.</summary>
public static class HeadlineSlug
{
    /// <summary>A slug of the headline is cut to about this length, at a word boundary.</summary>
    public const int MaxLength = 50;

    // Words that make a poor last word of a shortened slug ("troops-helping-to").
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to", "with",
    };

    private const string AccentedLetters = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďĐđÈÉÊËèéêëĒēĖėĘęĚěĞğÌÍÎÏìíîïĪīİıŁłÑñŃńŇňÒÓÔÕÖØòóôõöøŌōŐőŘřŚśŠšŞşŤťÙÚÛÜùúûüŪūŮůŰűÝýÿŹźŻżŽžßÆæŒœÞþÐð";

    private static readonly string[] PlainLetters =
    [
        .. "AAAAAAaaaaaaAaAaAaCcCcCcDdDdEEEEeeeeEeEeEeEeGgIIIIiiiiIiIiLlNnNnNnOOOOOOooooooOoOoRrSsSsSsTtUUUUuuuuUuUuUuYyyZzZzZz".Select(c => c.ToString()),
        "ss", "AE", "ae", "OE", "oe", "TH", "th", "D", "d",
    ];

    /// <summary>
    /// An id from the headline, cut at a word boundary to a readable length without a weak last word;
    /// for a headline with no Latin letters or digits, the text file's name.
    /// </summary>
    public static string Of(string headline, string textPath)
    {
        var slug = Ids.Slugify(WithoutAccents(headline));
        if (slug.Length > MaxLength)
        {
            var words = slug.Split('-').ToList();
            while (words.Count > 1 && string.Join('-', words).Length > MaxLength)
            {
                words.RemoveAt(words.Count - 1);
            }

            while (words.Count > 1 && Weak.Contains(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            slug = string.Join('-', words);
            slug = slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
        }

        if (slug.Length == 0)
        {
            slug = Ids.Slugify(Path.GetFileNameWithoutExtension(textPath));
        }

        return slug.Length == 0 ? "source" : slug;
    }

    // "Café" → "Cafe", so that the slug keeps the word instead of breaking it at the accent. A table, because
    // Unicode decomposition is not available with invariant globalization; it covers the Latin letters of
    // European languages, and other scripts fall back to the text file's name.
    private static string WithoutAccents(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = AccentedLetters.IndexOf(c, StringComparison.Ordinal);
            sb.Append(at < 0 ? c.ToString() : PlainLetters[at]);
        }

        return sb.ToString();
    }
}
