using Briefing.Model;

namespace Briefing.Checking;

/// <summary>
/// The contract's claimant of each piece of evidence, and the independent support of a claim. A claimant is,
/// in order: the evidence's own <c>claimant</c>; else the claim's single <c>attributed_to</c> entity; else the
/// source's own reporting, where every source of one publisher is one claimant.
/// </summary>
public static class Claimants
{
    /// <summary>The claimant of <paramref name="evidence"/>, a piece of evidence for <paramref name="claim"/>.</summary>
    public static Claimant Of(BriefingIndex index, Claim claim, Evidence evidence)
    {
        if (evidence.Claimant is { } named)
        {
            return FromEntity(index, named.Id, ClaimantOrigin.Evidence);
        }

        if (claim.AttributedTo.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList() is [var only])
        {
            return FromEntity(index, only, ClaimantOrigin.AttributedTo);
        }

        index.Sources.TryGetValue(evidence.Source.Id, out var source);
        return FromSource(index, source, evidence.Source.Id);
    }

    /// <summary>The claimants of every piece of evidence for <paramref name="claim"/>, in order.</summary>
    public static IReadOnlyList<Claimant> OfEach(BriefingIndex index, Claim claim) =>
        [.. claim.Evidence.Select(e => Of(index, claim, e))];

    /// <summary>The sources and the distinct claimants of the evidence that supports <paramref name="claim"/>.</summary>
    public static ClaimSupport Support(BriefingIndex index, Claim claim)
    {
        var supporting = claim.Evidence.Where(e => e.Stance == Stance.Supports).ToList();
        return new ClaimSupport(
            [.. supporting.Select(e => e.Source.Id).Distinct(StringComparer.Ordinal)],
            [.. supporting.Select(e => Of(index, claim, e)).Distinct()]);
    }

    private static Claimant FromEntity(BriefingIndex index, string id, ClaimantOrigin origin) =>
        new("entity:" + id, index.Entities.TryGetValue(id, out var entity) ? entity.Name : id, id, origin);

    /// <summary>
    /// A source speaking for itself. Its publisher is the claimant; when an entity has the publisher's name
    /// (or an alias equal to it), the claimant is that entity, so that an outlet named once as a claimant and
    /// once as a publisher is not counted twice. A source without a publisher is a claimant of its own.
    /// </summary>
    private static Claimant FromSource(BriefingIndex index, Source? source, string sourceId)
    {
        var publisher = source?.Publisher?.Trim();
        if (string.IsNullOrEmpty(publisher))
        {
            return new Claimant("source:" + sourceId, source?.Title ?? sourceId, null, ClaimantOrigin.Source);
        }

        var entity = index.EntityNamed(publisher);
        return entity is not null
            ? new Claimant("entity:" + entity.Id, entity.Name, entity.Id, ClaimantOrigin.Publisher)
            : new Claimant("publisher:" + publisher.ToUpperInvariant(), publisher, null, ClaimantOrigin.Publisher);
    }
}
