namespace Briefing.History;

/// <summary>The kinds of things whose history is kept.</summary>
public enum ItemKind
{
    /// <summary>A claim (input/claims/*.yml).</summary>
    Claim,

    /// <summary>A source (input/sources/&lt;id&gt;.yml).</summary>
    Source,

    /// <summary>An event (input/events.yml, input/events/*.yml).</summary>
    Event,

    /// <summary>A measure (input/measures.yml).</summary>
    Measure,
}

/// <summary>What a history is about: a kind and an id. Ids are unique within a kind, so this names one thing across files and commits.</summary>
public readonly record struct ItemKey(ItemKind Kind, string Id)
{
    /// <summary>The key as text ("claim:budget-approved"), as the cache writes it.</summary>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";

    /// <summary>Reads <see cref="ToString"/>'s form back.</summary>
    public static ItemKey? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Enum.TryParse<ItemKind>(text[..colon], ignoreCase: true, out var kind) ? new ItemKey(kind, text[(colon + 1)..]) : null;
    }
}
