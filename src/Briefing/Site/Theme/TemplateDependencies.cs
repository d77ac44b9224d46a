using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Site.Theme;

/// <summary>
/// Which templates a template uses, read from its text: each <c>include 'name'</c> with a literal name,
/// followed through the included templates. A template that includes a name it computes could use
/// any template, so it depends on all of them. Hashes are of the texts, so an edit to a partial
/// changes the hash of every template that includes it, and of no other.
/// </summary>
internal sealed partial class TemplateDependencies(IReadOnlyDictionary<string, string> sources)
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    /// <summary>The hash of <paramref name="name"/>'s text and of the texts of everything it includes.</summary>
    public string HashOf(string name) => _hashes.GetOrAdd(name, Compute);

    private string Compute(string name)
    {
        var used = Closure(name);
        var text = new StringBuilder();
        foreach (var template in used.Order(StringComparer.Ordinal))
        {
            var source = sources.GetValueOrDefault(template);
            // Name and length first, so that no two sets of texts run together into the same string.
            text.Append(template).Append('\0').Append(source?.Length ?? -1).Append('\0').Append(source).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private HashSet<string> Closure(string name)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([name]);
        while (pending.TryPop(out var next))
        {
            if (!used.Add(next) || sources.GetValueOrDefault(next) is not { } source)
            {
                continue;
            }

            var includes = IncludeCall().Count(source);
            var literal = LiteralInclude().Matches(source);
            if (literal.Count < includes)
            {
                return [.. sources.Keys];
            }

            foreach (Match match in literal)
            {
                pending.Push(match.Groups["name"].Value);
            }
        }

        return used;
    }

    [GeneratedRegex(@"\binclude\b")]
    private static partial Regex IncludeCall();

    [GeneratedRegex(@"\binclude\s*\(?\s*(?<quote>['""])(?<name>[^'""]+)\k<quote>")]
    private static partial Regex LiteralInclude();
}
