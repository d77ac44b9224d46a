using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Safety;

namespace Briefing.Scaffolding;

/// <summary>
/// The briefing a skeleton is added to, read as far as it can be read: a scaffold must work on a
/// briefing with errors in it (that is when editors add things), so problems are not reported here.
/// </summary>
internal sealed partial class ExistingBriefing
{
    private ExistingBriefing(string root, BriefingContent content)
    {
        Root = root;
        Content = content;
    }

    /// <summary>The root folder, a full path.</summary>
    public string Root { get; }

    /// <summary>Everything that could be read.</summary>
    public BriefingContent Content { get; }

    /// <summary>Reads the briefing at <paramref name="root"/>; null with a reason when there is no briefing there.</summary>
    public static ExistingBriefing? Open(string root, out string? problem)
    {
        var full = Path.GetFullPath(root);
        if (!File.Exists(Path.Combine(full, "input", "site.yml")))
        {
            problem = $"there is no briefing at '{full}': input/site.yml is missing; run this in the briefing's folder, or pass --root";
            return null;
        }

        problem = null;
        return new ExistingBriefing(full, BriefingLoader.Load(full, new DiagnosticBag()));
    }

    /// <summary>The full path of <paramref name="relative"/> (relative to the root, with '/').</summary>
    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Every claim id: those read, and those written in files that do not parse (a plain scan of <c>id:</c>
    /// lines), so that a syntax error elsewhere never makes a new id collide with an existing one.
    /// </summary>
    public IReadOnlySet<string> ClaimIds() =>
        Content.Claims.Select(c => c.Id).Concat(ScanIds(Path.Combine("input", "claims"), "*.yml")).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every event id, read or scanned, as for claims.</summary>
    public IReadOnlySet<string> EventIds() =>
        Content.Events.Select(e => e.Id).Concat(ScanIds("input", "events.yml")).ToHashSet(StringComparer.Ordinal);

    /// <summary>The topic a new claim gets when none is named: the first in the site's order.</summary>
    public Topic? FirstTopic() =>
        Content.Topics.OrderBy(t => t.Order ?? int.MaxValue).ThenBy(t => t.Title, StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// The source a new claim cites when none is named: the first that no claim cites yet (most likely the
    /// one just added), else the most recently published.
    /// </summary>
    public Source? LikeliestSource()
    {
        var cited = Content.Claims.SelectMany(c => c.Evidence).Select(e => e.Source.Id).ToHashSet(StringComparer.Ordinal);
        return Content.Sources.FirstOrDefault(s => !cited.Contains(s.Id))
            ?? Content.Sources.OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal).LastOrDefault();
    }

    /// <summary>
    /// The claim a new event rests on when none is named: the last claim of the claims file changed most
    /// recently, which is where the editor has just been working.
    /// </summary>
    public Claim? LatestClaim() =>
        Content.Claims
            .Select((claim, index) => (claim, index, written: LastWrite(claim.Location.File)))
            .OrderBy(c => c.written)
            .ThenBy(c => c.index)
            .Select(c => c.claim)
            .LastOrDefault();

    private DateTime LastWrite(string relative)
    {
        try
        {
            return File.GetLastWriteTimeUtc(FullPath(relative));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DateTime.MinValue;
        }
    }

    private IEnumerable<string> ScanIds(string folder, string pattern)
    {
        var dir = Path.Combine(Root, folder);
        if (!Directory.Exists(dir))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(dir, pattern).Order(StringComparer.Ordinal))
        {
            // Only the briefing's own files: a link that leads out is left to the build to report.
            if (PathContainment.Resolve(Root, file, out _) is not { } real)
            {
                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText(real);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (Match m in IdLine().Matches(text))
            {
                yield return m.Groups[1].Value;
            }
        }
    }

    [GeneratedRegex(@"^[ \t]*(?:-[ \t]+)?id:[ \t]*['""]?([a-z0-9]+(?:-[a-z0-9]+)*)['""]?[ \t]*(?:#.*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IdLine();
}
