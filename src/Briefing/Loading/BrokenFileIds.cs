using System.Text.RegularExpressions;
using Briefing.Model;

namespace Briefing.Loading;

/// <summary>
/// The ids a list file would have defined, read from its lines when its YAML cannot be parsed.
/// Without them, one syntax error in entities.yml turns every reference to an entity into a
/// "there is no entity" error, burying the one error that matters.
/// </summary>
internal static partial class BrokenFileIds
{
    /// <summary>Every <c>id: x</c> (or <c>- id: x</c>) line's id that is a valid id.</summary>
    public static IEnumerable<string> In(string text) =>
        text.Split('\n')
            .Select(line => IdLine().Match(line))
            .Where(m => m.Success && Ids.IsValid(m.Groups["id"].Value))
            .Select(m => m.Groups["id"].Value);

    [GeneratedRegex(@"^[ \t]*(-[ \t]+)?id[ \t]*:[ \t]*(?<q>['""]?)(?<id>[^'""\s#]+)\k<q>[ \t]*(#.*)?\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdLine();
}
