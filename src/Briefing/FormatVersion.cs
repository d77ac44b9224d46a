namespace Briefing;

/// <summary>The version of the briefing format (docs/format.md) that this generator reads.</summary>
public static class FormatVersion
{
    /// <summary>Format version 2: version 1 plus claimants, claim kinds and outcomes, hedged and ranged figures, archived copies.</summary>
    public const int Current = 2;
}
