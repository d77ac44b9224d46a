using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Checking;

/// <summary>Ids unique within their kind, and free pages that do not take the name of a built-in page.</summary>
internal static class IdChecker
{
    /// <summary>Top-level folders and files the site writes itself; a free page may not replace one.</summary>
    public static readonly IReadOnlySet<string> ReservedPageIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "topics", "chronology", "sources", "claims", "entities", "figures", "search", "data", "assets", "feed", "sitemap", "robots", "404",
    };

    public static void Check(BriefingContent content, DiagnosticBag diagnostics)
    {
        Unique(content.Claims, c => c.Id, c => c.Location, "claim", diagnostics);
        Unique(content.Events, e => e.Id, e => e.Location, "event", diagnostics);
        Unique(content.Entities, e => e.Id, e => e.Location, "entity", diagnostics);
        Unique(content.Measures, m => m.Id, m => m.Location, "measure", diagnostics);
        foreach (var page in content.Pages.Where(p => ReservedPageIds.Contains(p.Id)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, page.Location,
                $"a free page cannot be called '{page.Id}': the site has its own /{page.Id}/; rename the file");
        }
    }

    private static void Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string kind, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => id(i).Length > 0))
        {
            if (first.TryGetValue(id(item), out var earlier))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, at(item),
                    $"{kind} id '{id(item)}' is already used at {earlier.File}({earlier.Line},{earlier.Column}); ids are unique within their kind");
            }
            else
            {
                first[id(item)] = at(item);
            }
        }
    }
}
