namespace Briefing.Yaml;

/// <summary>Quoted values that go wrong: an apostrophe that ends a single-quoted value, a quote never closed.</summary>
internal static class YamlQuoteMistakes
{
    /// <summary>How far above the parser's line an open quote is looked for when the parser does not mention one.</summary>
    private const int FarBack = 40;

    /// <summary>'The city's budget': the apostrophe closes the value, and the rest of the line cannot be read.</summary>
    public static YamlMistake? Apostrophe(IReadOnlyList<YamlLine> lines, int at)
    {
        foreach (var l in YamlMistakes.Around(lines, at))
        {
            var value = ValueOf(l, out var start);
            if (value.Length < 2 || value[0] != '\'')
            {
                continue;
            }

            var close = ClosingQuote(value);
            var after = close < 0 ? "" : value[(close + 1)..].TrimStart();
            if (close > 0 && after.Length > 0 && !after.StartsWith('#') && after[0] != ',' && after[0] != ']' && after[0] != '}')
            {
                var word = WordAround(value, close);
                return new YamlMistake(l.Number, start + close,
                    $"the apostrophe in \"{word}\" (column {start + close}) ends the value in single quotes; "
                    + $"write it twice ({word.Replace("'", "''", StringComparison.Ordinal)}) or put the value in double quotes instead");
            }
        }

        return null;
    }

    /// <summary>A value that opens a quote and never closes it: the parser reads on into the next lines.</summary>
    public static YamlMistake? Unclosed(IReadOnlyList<YamlLine> lines, int at, int column, string message)
    {
        // A quote left open reads on over the next lines, to the next apostrophe or quote, and the parser
        // gives up there: where it speaks of a quoted scalar the quote is near, otherwise it may be far above.
        var near = message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase);
        if (!near && !message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var above = near ? YamlMistakes.Around(lines, at) : lines.Take(at).Reverse().Take(FarBack);
        foreach (var l in above)
        {
            var value = ValueOf(l, out var start);
            if (value.Length == 0 || value[0] is not ('"' or '\'') || (l.Number == at && start > column))
            {
                continue;
            }

            var closed = value[0] == '"' ? value.Length > 1 && value.EndsWith('"') && !value.EndsWith("\\\"", StringComparison.Ordinal) : ClosingQuote(value) > 0;
            if (!closed)
            {
                var (name, mark) = value[0] == '"' ? ("double", "\"") : ("single", "'");
                return new YamlMistake(l.Number, start,
                    $"the {name} quote that opens this value (column {start}) is never closed; end the value with {mark} on the same line");
            }
        }

        return null;
    }

    // The value of "key: value" or of a list item "- value", and the column it starts at.
    private static string ValueOf(YamlLine l, out int start)
    {
        if (l.IsKeyLine)
        {
            start = l.ValueColumn;
            return l.Value;
        }

        start = l.ContentColumn;
        return l.Dash > 0 ? l.Content : "";
    }

    // The index of the quote that closes a single-quoted value ('' is an escaped apostrophe), or -1.
    private static int ClosingQuote(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] != '\'')
            {
                continue;
            }

            if (i + 1 < value.Length && value[i + 1] == '\'')
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static string WordAround(string value, int index)
    {
        var from = index;
        while (from > 1 && !char.IsWhiteSpace(value[from - 1]))
        {
            from--;
        }

        var to = index + 1;
        while (to < value.Length && char.IsLetterOrDigit(value[to]))
        {
            to++;
        }

        return value[from..to];
    }
}
