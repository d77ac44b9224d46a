using Briefing.Checking;
using Briefing.Model;

namespace Briefing.Site.Rendering;

/// <summary>
/// What a cross-reference's target is called on the site, so that a link an editor wrote with the bare
/// id as its text (<c>[kuleba-statement](claim:kuleba-statement)</c>) reads as the claim's statement,
/// the source's title or the entity's name instead.
/// </summary>
internal static class CrossReferenceNames
{
    /// <summary>The name of <paramref name="id"/> of <paramref name="kind"/>, or null when the index lacks it.</summary>
    public static string? Of(BriefingIndex index, string kind, string id) => kind switch
    {
        "claim" => index.Claims.TryGetValue(id, out var claim) ? MarkdownRenderer.PlainText(claim.Statement) : null,
        "source" => index.Sources.TryGetValue(id, out var source) ? source.Title : null,
        "topic" => index.Topics.TryGetValue(id, out var topic) ? topic.Title : null,
        "entity" => index.Entities.TryGetValue(id, out var entity) ? entity.Name : null,
        "event" => index.Events.TryGetValue(id, out var e) ? MarkdownRenderer.PlainText(e.Title) : null,
        "measure" => index.Measures.TryGetValue(id, out var measure) ? measure.Label : null,
        "page" => index.Pages.TryGetValue(id, out var page) ? page.Title : null,
        _ => null,
    };
}
