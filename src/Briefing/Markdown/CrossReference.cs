namespace Briefing.Markdown;

/// <summary>
/// A Markdown link whose URL is <c>kind:id</c>, e.g. <c>claim:tram-extension-approved</c>,
/// resolved at build time to the page of that thing.
/// </summary>
public readonly record struct CrossReference(string Kind, string Id)
{
    /// <summary>The kinds a cross-reference may name. <c>page</c> (free pages) is our addition to the format.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["claim", "source", "topic", "entity", "event", "measure", "page"];

    /// <summary>Parses <c>kind:id</c>; false for anything else (http links, relative links, unknown schemes).</summary>
    public static bool TryParse(string? url, out CrossReference reference)
    {
        reference = default;
        var colon = url?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (url is null || colon <= 0)
        {
            return false;
        }

        var kind = url[..colon];
        if (!Kinds.Contains(kind))
        {
            return false;
        }

        reference = new CrossReference(kind, url[(colon + 1)..]);
        return true;
    }
}
