namespace Briefing.Checking;

/// <summary>Where a claimant comes from: named by the editor, taken from the claim, or the source's own reporting.</summary>
public enum ClaimantOrigin
{
    /// <summary>The evidence's own <c>claimant</c>.</summary>
    Evidence,

    /// <summary>The claim's single <c>attributed_to</c> entity.</summary>
    AttributedTo,

    /// <summary>The source's publisher (one claimant for every source of that publisher).</summary>
    Publisher,

    /// <summary>A source with no publisher: its own reporting, a claimant of its own.</summary>
    Source,
}

/// <summary>
/// Whoever, in one source, makes the assertion a quote carries. Two pieces of evidence have the same
/// claimant exactly when their <see cref="Key"/>s are equal; support is independent when claimants differ.
/// </summary>
/// <param name="Key">Identity: <c>entity:&lt;id&gt;</c>, <c>publisher:&lt;name&gt;</c> (case folded) or <c>source:&lt;id&gt;</c>.</param>
/// <param name="Name">How the site names the claimant ("The city council", "Example News").</param>
/// <param name="EntityId">The entity, when the claimant is one.</param>
/// <param name="Origin">Which of the contract's rules gave this claimant.</param>
public sealed record Claimant(string Key, string Name, string? EntityId, ClaimantOrigin Origin)
{
    /// <summary>Equality is by <see cref="Key"/> alone: how a claimant was found does not make it another claimant.</summary>
    public bool Equals(Claimant? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}

/// <summary>A claim's supporting evidence counted twice: distinct sources, and distinct (independent) claimants.</summary>
/// <param name="Sources">The ids of the sources whose evidence supports the claim, in evidence order.</param>
/// <param name="Claimants">The distinct claimants of that evidence, in evidence order.</param>
public sealed record ClaimSupport(IReadOnlyList<string> Sources, IReadOnlyList<Claimant> Claimants)
{
    /// <summary>How many sources support the claim.</summary>
    public int SourceCount => Sources.Count;

    /// <summary>How many independent claimants support it.</summary>
    public int IndependentCount => Claimants.Count;
}
