namespace Briefing.Markdown;

/// <summary>
/// A cheap look at how deeply Markdown nests, before a parser spends time on it: list and quote
/// markers at the start of one line (<c>- - - x</c>, <c>&gt; &gt; &gt;</c>), and brackets left open.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>More containers on one line than any document needs; far below where parsing slows.</summary>
    public const int MaxContainers = 32;

    /// <summary>More open brackets than any link text needs.</summary>
    public const int MaxBrackets = 64;

    /// <summary>True when <paramref name="markdown"/> nests deeper than the limits.</summary>
    public static bool TooDeep(string markdown)
    {
        var brackets = 0;
        foreach (var line in markdown.Split('\n'))
        {
            if (Containers(line) > MaxContainers)
            {
                return true;
            }

            foreach (var c in line)
            {
                brackets = c == '[' ? brackets + 1 : c == ']' ? Math.Max(0, brackets - 1) : brackets;
                if (brackets > MaxBrackets)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The number of list or quote markers the line starts with: "- ", "* ", "+ ", ">", "1. ", "1) ".
    private static int Containers(string line)
    {
        var count = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            var start = i;
            while (i < line.Length && char.IsAsciiDigit(line[i]) && i - start < 9)
            {
                i++;
            }

            if (i > start && i < line.Length && line[i] is '.' or ')')
            {
                i++;
            }
            else if (i == start && i < line.Length && line[i] is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                i++;
            }
            else if (i == start && i < line.Length && line[i] == '>')
            {
                i++;
            }
            else
            {
                return count;
            }

            count++;
        }
    }
}
