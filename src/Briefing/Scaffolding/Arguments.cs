using Briefing.Common;
using Briefing.Loading;
using Briefing.Model;

namespace Briefing.Scaffolding;

/// <summary>Checks of what the editor typed: well-formed ids and paths, and references to things that exist.</summary>
internal static class Arguments
{
    /// <summary>The first option whose value is not a valid id, as an invalid request; null when all are valid.</summary>
    public static ScaffoldResult? InvalidId(params (string Option, string? Value)[] ids)
    {
        foreach (var (option, value) in ids)
        {
            if (value is not null && !Ids.IsValid(value))
            {
                return ScaffoldResult.Invalid($"{option}: {Ids.Explain(value)}");
            }
        }

        return null;
    }

    /// <summary>"there is no topic 'x'; did you mean 'y'? …": a reference to something that does not exist.</summary>
    public static ScaffoldResult Unknown(string kind, string id, IEnumerable<string> known, string remedy) =>
        ScaffoldResult.Refuse(Suggestions.Closest(id, known) is { } meant
            ? $"there is no {kind} '{id}'; did you mean '{meant}'? If not, {remedy}"
            : $"there is no {kind} '{id}'; {remedy}");

    /// <summary>
    /// A claims file named on the command line, as a path relative to the root: <c>input/claims/x.yml</c>
    /// (relative to the root, or absolute inside it), or just <c>x</c> or <c>x.yml</c>. Null with a reason otherwise.
    /// </summary>
    public static string? ClaimsFile(string root, string given, out string? problem)
    {
        problem = null;
        var trimmed = given.Trim();
        string relative;
        if (trimmed.Contains('/', StringComparison.Ordinal) || trimmed.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(trimmed))
        {
            try
            {
                var full = Path.GetFullPath(Path.IsPathRooted(trimmed) ? trimmed : Path.Combine(root, trimmed));
                relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                relative = trimmed;
            }
        }
        else
        {
            relative = "input/claims/" + (trimmed.EndsWith(".yml", StringComparison.Ordinal) || trimmed.EndsWith(".yaml", StringComparison.Ordinal) ? trimmed : trimmed + ".yml");
        }

        if (InputLayout.Classify(relative) != InputFileKind.Claims || Path.GetFileName(relative).StartsWith('.'))
        {
            problem = $"--file must name a claims file, input/claims/<name>.yml (or just <name>); got '{given}'";
            return null;
        }

        return relative;
    }
}
