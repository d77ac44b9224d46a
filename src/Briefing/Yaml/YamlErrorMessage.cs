using YamlDotNet.Core;

namespace Briefing.Yaml;

/// <summary>Turns YamlDotNet's parser messages into advice an editor can act on.</summary>
internal static class YamlErrorMessage
{
    /// <summary>The parser's own words, without its location prefix.</summary>
    public static string ParserWords(YamlException ex)
    {
        // YamlDotNet prefixes messages with its own "(Line: 3, Col: 5, Idx: 40) - (...): "; we print the location ourselves.
        var raw = ex.Message;
        var cut = raw.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? raw[(cut + 3)..] : raw).TrimEnd('.');
    }

    /// <summary>The parser's words with a general hint, for mistakes <see cref="YamlMistakes"/> does not recognise.</summary>
    public static string From(YamlException ex)
    {
        var message = ParserWords(ex);
        var hint = Hint(message);
        return hint is null ? $"YAML syntax: {message}" : $"YAML syntax: {message}; {hint}";
    }

    private static string? Hint(string message)
    {
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return "a value containing ': ' must be quoted, e.g. 'text: with a colon'";
        }

        if (message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
            || message.Contains("did not find expected '-' indicator", StringComparison.OrdinalIgnoreCase))
        {
            return "check the indentation of this line and the one before it";
        }

        if (message.Contains("tab character", StringComparison.OrdinalIgnoreCase))
        {
            return "YAML is indented with spaces only; replace the tab with spaces";
        }

        if (message.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase))
        {
            return "tabs cannot indent YAML, and values starting with @ or ` must be quoted";
        }

        if (message.Contains("while scanning a quoted scalar", StringComparison.OrdinalIgnoreCase)
            || message.Contains("double-quoted scalar", StringComparison.OrdinalIgnoreCase)
            || message.Contains("single-quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return "a quoted value is not closed; in single quotes write an apostrophe as ''";
        }

        return null;
    }
}
