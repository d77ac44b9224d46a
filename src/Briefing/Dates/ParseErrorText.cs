namespace Briefing.Dates;

/// <summary>Wording shared by the parsers' errors, so that every error names the forms the same way.</summary>
internal static class ParseErrorText
{
    /// <summary>The forms an editor may write, for errors that cannot guess what was meant.</summary>
    public const string Forms =
        "write YYYY, YYYY-MM or YYYY-MM-DD (add ~ if approximate, ? if uncertain, A/B for a range), e.g. 2024-10";

    // Longer text is cut when quoted, so that a pasted paragraph does not flood the build output.
    private const int MaxQuoted = 40;

    /// <summary>The text in single quotes, cut to a readable length.</summary>
    public static string Quote(string text)
    {
        if (text.Length <= MaxQuoted)
        {
            return $"'{text}'";
        }

        // Do not cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        return $"'{text[..cut]}…'";
    }
}
