using Briefing.Model;

namespace Briefing.Checking;

/// <summary>
/// A bare relative link such as <c>(no-injuries)</c> is valid Markdown, but it points at a path beside the
/// current page, which does not exist. When the link is exactly an id of the briefing, the editor almost
/// certainly meant the cross-reference.
/// </summary>
internal static class RelativeLinkToId
{
    private static readonly string[] Kinds = ["claim", "source", "topic", "event", "entity", "measure", "page"];

    /// <summary>"'claim:x'" (or "'claim:x' or 'topic:x'") when <paramref name="url"/> is an id of the briefing; else null.</summary>
    public static string? Meant(string url, BriefingIndex index)
    {
        var id = url.TrimEnd('/');
        if (!Ids.IsValid(id))
        {
            return null;
        }

        var kinds = Kinds.Where(k => index.Contains(k, id)).Select(k => $"'{k}:{id}'").ToList();
        return kinds.Count == 0 ? null : string.Join(" or ", kinds);
    }
}
