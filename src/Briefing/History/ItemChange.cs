namespace Briefing.History;

/// <summary>How a commit touched an item.</summary>
public enum ChangeType
{
    /// <summary>The item appeared (for the first time, or again after it had been removed).</summary>
    Added,

    /// <summary>Some of the fields the history follows changed.</summary>
    Changed,

    /// <summary>The item left the briefing.</summary>
    Removed,
}

/// <summary>One followed field before and after a commit; null where it had no value.</summary>
/// <param name="Field">The field's name ("credibility", "figure.value", or an evidence key; see <see cref="ItemSnapshot"/>).</param>
/// <param name="Old">Its value before the commit.</param>
/// <param name="New">Its value after it.</param>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>What one commit did to one item.</summary>
public sealed record ItemChange(ItemKey Key, ChangeType Type, IReadOnlyList<FieldChange> Fields);

/// <summary>A commit and everything it changed in the items the history follows, in kind and id order.</summary>
public sealed record CommitChanges(CommitInfo Commit, IReadOnlyList<ItemChange> Changes);
