using Briefing.Model;

namespace Briefing.Site.Data;

/// <summary>The words the site uses for grades, kinds and stances.</summary>
public static class Words
{
    /// <summary>Source reliability in words.</summary>
    public static string Reliability(Reliability r) => r switch
    {
        Model.Reliability.A => "completely reliable",
        Model.Reliability.B => "usually reliable",
        Model.Reliability.C => "fairly reliable",
        Model.Reliability.D => "not usually reliable",
        Model.Reliability.E => "unreliable",
        _ => "reliability cannot be judged",
    };

    /// <summary>Information credibility in words.</summary>
    public static string Credibility(Credibility c) => c switch
    {
        Model.Credibility.Confirmed => "confirmed by other sources",
        Model.Credibility.ProbablyTrue => "probably true",
        Model.Credibility.PossiblyTrue => "possibly true",
        Model.Credibility.Doubtful => "doubtful",
        Model.Credibility.Improbable => "improbable",
        _ => "truth cannot be judged",
    };

    /// <summary>The kind of a source in words.</summary>
    public static string Kind(SourceKind k) => k switch
    {
        SourceKind.NewsReport => "news report",
        SourceKind.OfficialStatement => "official statement",
        SourceKind.SocialMedia => "social media",
        SourceKind.Analysis => "analysis",
        _ => "interview",
    };

    /// <summary>The kind of an entity in words.</summary>
    public static string Kind(EntityKind k) => k switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organisation",
        EntityKind.MilitaryUnit => "military unit",
        EntityKind.Place => "place",
        _ => "country",
    };

    /// <summary>The plural heading for entities of a kind.</summary>
    public static string KindPlural(EntityKind k) => k switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organisations",
        EntityKind.MilitaryUnit => "Military units",
        EntityKind.Place => "Places",
        _ => "Countries",
    };

    /// <summary>The stance's class name and words.</summary>
    public static (string Key, string Label) Stance(Stance s) => s switch
    {
        Model.Stance.Supports => ("supports", "supports"),
        Model.Stance.Contradicts => ("contradicts", "contradicts"),
        _ => ("context", "gives context"),
    };

    /// <summary>How a forecast turned out, in words.</summary>
    public static string Outcome(OutcomeStatus s) => s switch
    {
        OutcomeStatus.BorneOut => "borne out",
        OutcomeStatus.Partly => "partly borne out",
        OutcomeStatus.NotBorneOut => "not borne out",
        _ => "still open",
    };

    /// <summary>"1 claim", "3 claims".</summary>
    public static string Count(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n} {plural}";
}
