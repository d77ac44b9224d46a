namespace Briefing.Generator;

/// <summary>
/// The counts of a generated briefing, in the proportions of the seed briefing and of long-running
/// real ones: ten claims per source, 1.7 quotes per claim, two events per source, a topic per twenty
/// sources, three entities and one measure per twenty sources.
/// </summary>
public sealed record BriefingShape(int Sources, int Claims, int Topics, int Entities, int Measures, int Events)
{
    /// <summary>Claims that each source gives.</summary>
    public const int ClaimsPerSource = 10;

    /// <summary>Events that each source reports.</summary>
    public const int EventsPerSource = 2;

    /// <summary>The counts for <paramref name="sources"/> sources.</summary>
    public static BriefingShape For(int sources)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sources, 1);
        return new BriefingShape(
            sources,
            sources * ClaimsPerSource,
            Math.Max(3, sources / 20),
            Math.Max(12, sources * 3 / 20),
            Math.Max(3, sources / 20),
            sources * EventsPerSource);
    }
}
