using System.Globalization;
using Briefing.Model;

namespace Briefing.Scaffolding;

/// <summary>
/// <c>briefing new topic &lt;slug&gt;</c>: writes input/topics/&lt;slug&gt;.md with front matter (title, summary, the
/// next order) and a body to replace, which shows how to link a claim.
/// </summary>
public static class TopicScaffold
{
    /// <summary>The summary the editor replaces.</summary>
    public const string SummaryPlaceholder = "TODO one sentence for cards and feeds";

    /// <summary>Writes the topic; never overwrites a file.</summary>
    /// <param name="root">The briefing's root folder.</param>
    /// <param name="slug">Its id, which is also its file name.</param>
    /// <param name="title">Its title; null for one made from the slug ("troop-numbers" → "Troop numbers").</param>
    public static ScaffoldResult Write(string root, string slug, string? title)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (!Ids.IsValid(slug))
        {
            return ScaffoldResult.Invalid("the topic's slug: " + Ids.Explain(slug));
        }

        if (title is not null && title.Trim().Length == 0)
        {
            return ScaffoldResult.Invalid("--title is empty; leave it out for one made from the slug");
        }

        if (ExistingBriefing.Open(root, out var noBriefing) is not { } briefing)
        {
            return ScaffoldResult.Refuse(noBriefing!);
        }

        var path = $"input/topics/{slug}.md";
        if (File.Exists(briefing.FullPath(path)) || briefing.Content.Topics.Any(t => t.Id == slug))
        {
            return ScaffoldResult.Refuse($"'{path}' already exists and is never overwritten; choose another slug");
        }

        var order = (briefing.Content.Topics.Max(t => t.Order) ?? 0) + 1;
        var problem = NewFile.Write(briefing.FullPath(path), path, Content(title?.Trim() ?? TitleOf(slug), order));
        if (problem is not null)
        {
            return ScaffoldResult.Refuse(problem);
        }

        return ScaffoldResult.Wrote("topic", slug, path,
        [
            "next: write the summary and the briefing in Markdown, linking the claims you mention; then run 'briefing validate' (or 'briefing preview')",
            $"until a claim lists it, 'briefing validate' warns BRF101 (no claim lists topic '{slug}'); add one: briefing new claim --topic {slug}",
        ]);
    }

    /// <summary>A title from a slug: hyphens become spaces, and the first letter a capital.</summary>
    public static string TitleOf(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var words = slug.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string Content(string title, int order) =>
        $"""
        ---
        title: {YamlText.Scalar(title)}
        summary: {SummaryPlaceholder}
        order: {order.ToString(CultureInfo.InvariantCulture)}
        ---
        TODO the briefing on this topic, in Markdown: what the sources report, how far they
        agree, and what remains unclear. Link each claim you mention, like this:
        `[what the claim says](claim:the-claim-id)`, and likewise `source:`, `event:` and
        `entity:` links.

        """;
}
