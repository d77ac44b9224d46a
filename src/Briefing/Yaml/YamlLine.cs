namespace Briefing.Yaml;

/// <summary>
/// One line of a YAML file as an editor sees it: its indentation, an optional "- ", and then either
/// "key: value" or text. Read without a parser, because it is used when the parser has given up.
/// </summary>
internal sealed class YamlLine
{
    private YamlLine(int number, string text)
    {
        Number = number;
        Text = text;
        Indent = text.Length - text.TrimStart(' ').Length;
        var rest = text[Indent..];
        if (rest.StartsWith("- ", StringComparison.Ordinal) || rest == "-")
        {
            Dash = Indent + 1;
            var after = rest[1..];
            ContentColumn = Indent + 2 + (after.Length - after.TrimStart(' ').Length);
        }
        else
        {
            ContentColumn = Indent + 1;
        }

        Content = ContentColumn - 1 < text.Length ? text[(ContentColumn - 1)..].TrimEnd() : "";
        KeyEnd = KeyColonIndex(Content);
    }

    /// <summary>The line number, from 1.</summary>
    public int Number { get; }

    /// <summary>The line without its line end.</summary>
    public string Text { get; }

    /// <summary>How many spaces start the line.</summary>
    public int Indent { get; }

    /// <summary>The column of a leading "- ", or 0.</summary>
    public int Dash { get; }

    /// <summary>The column where the key or text starts, after any "- ".</summary>
    public int ContentColumn { get; }

    /// <summary>What follows the indentation and any "- ", without trailing spaces.</summary>
    public string Content { get; }

    /// <summary>True for a blank line or a comment.</summary>
    public bool IsBlank => (Content.Length == 0 && Dash == 0) || Content.StartsWith('#');

    /// <summary>True when the content is "key:" or "key: value".</summary>
    public bool IsKeyLine => KeyEnd > 0;

    /// <summary>The key of a key line.</summary>
    public string Key => IsKeyLine ? Content[..KeyEnd] : "";

    /// <summary>The value of a key line, as written (quotes included), or "".</summary>
    public string Value => IsKeyLine ? Content[(KeyEnd + 1)..].Trim() : "";

    /// <summary>The column of the value of a key line.</summary>
    public int ValueColumn => ContentColumn + KeyEnd + 1 + (Content[(KeyEnd + 1)..].Length - Content[(KeyEnd + 1)..].TrimStart().Length);

    private int KeyEnd { get; }

    /// <summary>The file's lines, from 1, without their line ends.</summary>
    public static IReadOnlyList<YamlLine> Split(IReadOnlyList<string> lines) =>
        [.. lines.Select((l, i) => new YamlLine(i + 1, l.TrimEnd('\r')))];

    // A key is a plain word followed by ':' and a space or the end; quoted keys and flow collections are not.
    private static int KeyColonIndex(string content)
    {
        if (content.Length == 0 || content[0] is '"' or '\'' or '[' or '{' or '#' or '|' or '>' or '&' or '*' or '!')
        {
            return 0;
        }

        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] is ' ' or '\t'))
            {
                return i;
            }

            if (content[i] == ' ' && i + 1 < content.Length && content[i + 1] == '#')
            {
                return 0;
            }
        }

        return 0;
    }
}
