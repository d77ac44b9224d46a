namespace Briefing.Yaml;

/// <summary>
/// Finds the editor's mistake behind a YAML parser error. The parser reports where it gave up, often a
/// line after the mistake and in its own terms ("did not find expected key"); this looks at the lines
/// around that place for the usual slips and names the one it finds, at its own line and column.
/// </summary>
internal static class YamlMistakes
{
    /// <summary>How far above the parser's line a mistake is looked for.</summary>
    private const int LookBack = 3;

    /// <summary>
    /// The mistake behind a parser error at <paramref name="line"/>, <paramref name="column"/> (from 1),
    /// or null when none of the usual ones is found. <paramref name="parserMessage"/> is the parser's wording;
    /// it is null when the parser failed on a list or mapping in brackets that was never closed.
    /// </summary>
    public static YamlMistake? Explain(IReadOnlyList<string> text, int line, int column, string? parserMessage)
    {
        var lines = YamlLine.Split(text);
        var at = Math.Clamp(line, 1, Math.Max(1, lines.Count));
        var message = parserMessage ?? "";
        return Tab(lines, at, message)
            ?? YamlQuoteMistakes.Apostrophe(lines, at)
            ?? YamlQuoteMistakes.Unclosed(lines, at, column, message)
            ?? CommentHidesBracket(lines, at)
            ?? (parserMessage is null ? UnclosedBracket(lines, at, column) : null)
            ?? MissingColon(lines, at)
            ?? ColonInValue(lines, at, column, message)
            ?? YamlIndentMistakes.Explain(lines, at, message);
    }

    /// <summary>The lines from <paramref name="at"/> back to <see cref="LookBack"/> lines before it, nearest first.</summary>
    internal static IEnumerable<YamlLine> Around(IReadOnlyList<YamlLine> lines, int at) =>
        Enumerable.Range(Math.Max(1, at - LookBack), Math.Min(at, LookBack + 1)).Reverse().Select(n => lines[n - 1]);

    private static YamlMistake? Tab(IReadOnlyList<YamlLine> lines, int at, string message)
    {
        // The parser reports a tab at the value before it, or not as a tab at all: look below for the tab it
        // named, else above for one in the indentation of the lines just before.
        var candidates = message.Contains("tab", StringComparison.OrdinalIgnoreCase)
            ? lines.Skip(Math.Max(0, at - 1 - LookBack))
            : Around(lines, at);
        foreach (var l in candidates)
        {
            var leading = l.Text.Length - l.Text.TrimStart(' ', '\t').Length;
            var tab = l.Text.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < leading)
            {
                return new YamlMistake(l.Number, tab + 1,
                    $"line {l.Number} is indented with a tab (column {tab + 1}); YAML indents with spaces only: replace the tab with spaces");
            }
        }

        return null;
    }

    private static YamlMistake? CommentHidesBracket(IReadOnlyList<YamlLine> lines, int at)
    {
        foreach (var l in Around(lines, at))
        {
            var open = l.Value.IndexOfAny(['[', '{']);
            var hash = l.Text.IndexOf(" #", StringComparison.Ordinal);
            var closer = open == 0 && l.Value[0] == '[' ? ']' : '}';
            if (l.IsKeyLine && open == 0 && hash > l.ValueColumn - 1 && !l.Text[..hash].Contains(closer, StringComparison.Ordinal))
            {
                return new YamlMistake(l.Number, hash + 2,
                    $"the '#' at column {hash + 2} follows a space, so it starts a comment, which hides the rest of the line and its closing '{closer}'; "
                    + "put an item that holds '#' in double quotes, e.g. [\"item #2\", other]");
            }
        }

        return null;
    }

    private static YamlMistake? UnclosedBracket(IReadOnlyList<YamlLine> lines, int at, int column)
    {
        var l = lines[at - 1];
        var opener = column - 1 < l.Text.Length ? l.Text[column - 1] : '[';
        var (what, closer) = opener == '{' ? ("mapping", '}') : ("list", ']');
        return new YamlMistake(at, column,
            $"the '{opener}' at column {column} opens a {what} that is never closed; end it with '{closer}' on the same line, e.g. {l.Key}: {opener}a, b{closer}");
    }

    // "credibility 2" or a bare "evidence": text where a key should be, lined up with the keys around it.
    private static YamlMistake? MissingColon(IReadOnlyList<YamlLine> lines, int at)
    {
        foreach (var l in Around(lines, at))
        {
            if (l.IsBlank || l.IsKeyLine || l.Content.Length == 0 || !char.IsAsciiLetter(l.Content[0]) || !HasSiblingKey(lines, l))
            {
                continue;
            }

            var space = l.Content.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                return new YamlMistake(l.Number, l.ContentColumn + l.Content.Length,
                    $"'{l.Content}' has no colon: a key ends with ':'; write '{l.Content}:' (its list or value follows it)");
            }

            var key = l.Content[..space];
            var value = l.Content[(space + 1)..].Trim();
            return new YamlMistake(l.Number, l.ContentColumn + space,
                $"missing colon after '{key}': write '{key}: {Cut(value)}'");
        }

        return null;
    }

    // A key line at the same column just above or below: the line sits where a key should be.
    private static bool HasSiblingKey(IReadOnlyList<YamlLine> lines, YamlLine l)
    {
        var above = lines.Take(l.Number - 1).LastOrDefault(x => !x.IsBlank);
        var below = lines.Skip(l.Number).FirstOrDefault(x => !x.IsBlank);
        return (above is not null && above.IsKeyLine && above.ContentColumn == l.ContentColumn && l.Dash == 0)
            || (below is not null && below.IsKeyLine && below.ContentColumn == l.ContentColumn && below.Dash == 0 && l.Dash == 0)
            || (above is not null && above.Dash > 0 && above.ContentColumn == l.ContentColumn);
    }

    private static YamlMistake? ColonInValue(IReadOnlyList<YamlLine> lines, int at, int column, string message)
    {
        if (!message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            && !message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The parser also ends lines at U+2028, U+2029 and U+0085, so its column may lie past the end of
        // the line as split here: look from no further than the line's end.
        var l = lines[at - 1];
        var colon = l.Text.IndexOf(": ", Math.Clamp(column - 2, 0, l.Text.Length), StringComparison.Ordinal);
        var col = colon >= 0 ? colon + 1 : column;
        var owner = Around(lines, at).FirstOrDefault(x => x.IsKeyLine && x.ValueColumn <= x.Text.Length);
        var example = owner is null ? "" : $", e.g. {owner.Key}: \"{Cut(owner.Value.Replace("\"", "\\\"", StringComparison.Ordinal))}\"";
        return new YamlMistake(at, col,
            $"the ': ' at column {col} ends a key inside this value, so YAML cannot read it; put the whole value in double quotes{example}");
    }

    /// <summary>A value cut to a readable length for an example.</summary>
    internal static string Cut(string value) => value.Length > 40 ? value[..37] + "..." : value;
}

/// <summary>A mistake in a YAML file: where it is (line and column from 1, in the YAML text) and what to do.</summary>
internal sealed record YamlMistake(int Line, int Column, string Message);
