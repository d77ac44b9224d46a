namespace Briefing.Yaml;

/// <summary>Lines that do not line up: a key of one mapping, or a "- " of one list, a column off.</summary>
internal static class YamlIndentMistakes
{
    private const int Near = 2;

    public static YamlMistake? Explain(IReadOnlyList<YamlLine> lines, int at, string message)
    {
        if (!message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase)
            && !message.Contains("indentation", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var l = lines[at - 1];
        if (l.IsBlank)
        {
            return null;
        }

        var above = lines.Take(at - 1).Where(x => !x.IsBlank).Reverse().Take(8).ToList();
        return l.Dash > 0 ? Dash(l, above) : Key(l, above);
    }

    // A "- " a column or two off the "- " of the item before it.
    private static YamlMistake? Dash(YamlLine l, List<YamlLine> above)
    {
        var sibling = above.FirstOrDefault(x => x.Dash > 0 && x.Dash != l.Dash && Math.Abs(x.Dash - l.Dash) <= Near);
        return sibling is null ? null : new YamlMistake(l.Number, l.Dash,
            $"this '- ' is at column {l.Dash}, but the '- ' of the item before it (line {sibling.Number}) is at column {sibling.Dash}; "
            + "items of one list start in the same column");
    }

    // A key a column or two off the key above it, in the same mapping.
    private static YamlMistake? Key(YamlLine l, List<YamlLine> above)
    {
        var previous = above.FirstOrDefault();
        if (previous is null || !previous.IsKeyLine || previous.ContentColumn == l.ContentColumn
            || Math.Abs(previous.ContentColumn - l.ContentColumn) > Near || l.ContentColumn <= previous.Dash)
        {
            return null;
        }

        var what = l.IsKeyLine ? $"'{l.Key}'" : "this line";
        return new YamlMistake(l.Number, l.ContentColumn,
            $"{what} is at column {l.ContentColumn}, but '{previous.Key}' above it (line {previous.Number}) is at column {previous.ContentColumn}; "
            + "keys of one mapping start in the same column");
    }
}
