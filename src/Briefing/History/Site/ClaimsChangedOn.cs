using Briefing.Site.Data;

namespace Briefing.History.Site;

/// <summary>The day each claim last changed, which the claims list filters on ("changed since").</summary>
public static class ClaimsChangedOn
{
    /// <summary>The day of the claim's last change, yyyy-mm-dd, or empty when it has none.</summary>
    public static string LastChange(SiteData data, string claimId) =>
        data.History.For(ItemKind.Claim, claimId) is { Count: > 0 } changes
            ? changes.Max(c => c.Commit.Day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : "";
}
