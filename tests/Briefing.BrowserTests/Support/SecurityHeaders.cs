using System.Text.RegularExpressions;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// The headers the production host sends to every page, read from netlify.toml itself, so that the
/// browser tests prove the site works under exactly those: a blocked script, style or fetch shows up
/// as a console error, and a change to netlify.toml is tested the moment it is made.
/// </summary>
internal static partial class SecurityHeaders
{
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } = ReadNetlifyHeaders("/*");

    public static string ContentSecurityPolicy => All.Single(h => h.Key == "Content-Security-Policy").Value;

    // Reads the [headers.values] of the [[headers]] block for one path pattern; netlify.toml keeps
    // each header on one line as Name = "value", which is all this needs of TOML.
    private static List<KeyValuePair<string, string>> ReadNetlifyHeaders(string pattern)
    {
        var toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var block = HeaderBlocks().Matches(toml).FirstOrDefault(m => m.Groups["for"].Value == pattern)
            ?? throw new InvalidOperationException($"netlify.toml has no [[headers]] block for \"{pattern}\"");
        var headers = HeaderLine().Matches(block.Groups["body"].Value)
            .Select(m => new KeyValuePair<string, string>(m.Groups["name"].Value, m.Groups["value"].Value))
            .ToList();
        return headers.Count > 0 ? headers : throw new InvalidOperationException($"the \"{pattern}\" block of netlify.toml sets no header");
    }

    [GeneratedRegex(@"\[\[headers\]\]\s*for = ""(?<for>[^""]+)""(?<body>(?:(?!\[\[).)*)", RegexOptions.Singleline)]
    private static partial Regex HeaderBlocks();

    [GeneratedRegex(@"(?m)^\s*(?<name>[A-Za-z][A-Za-z-]*) = ""(?<value>[^""]*)""")]
    private static partial Regex HeaderLine();
}
