namespace Briefing.Model;

/// <summary>What kind of text a source is. Written in YAML in kebab-case (<c>news-report</c>).</summary>
public enum SourceKind
{
    /// <summary>news-report</summary>
    NewsReport,

    /// <summary>official-statement</summary>
    OfficialStatement,

    /// <summary>social-media</summary>
    SocialMedia,

    /// <summary>analysis</summary>
    Analysis,

    /// <summary>interview</summary>
    Interview,
}

/// <summary>How a piece of evidence bears on its claim.</summary>
public enum Stance
{
    /// <summary>supports (the default)</summary>
    Supports,

    /// <summary>contradicts</summary>
    Contradicts,

    /// <summary>context</summary>
    Context,
}

/// <summary>What an entity is.</summary>
public enum EntityKind
{
    /// <summary>person</summary>
    Person,

    /// <summary>organization</summary>
    Organization,

    /// <summary>military-unit</summary>
    MilitaryUnit,

    /// <summary>place</summary>
    Place,

    /// <summary>country</summary>
    Country,
}
