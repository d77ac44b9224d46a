using Briefing.Model;

namespace Briefing.Loading;

/// <summary>The words editors write for enumerated fields, and the keys each kind of mapping allows.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyDictionary<string, SourceKind> SourceKinds = new Dictionary<string, SourceKind>
    {
        ["news-report"] = SourceKind.NewsReport,
        ["official-statement"] = SourceKind.OfficialStatement,
        ["social-media"] = SourceKind.SocialMedia,
        ["analysis"] = SourceKind.Analysis,
        ["interview"] = SourceKind.Interview,
    };

    public static readonly IReadOnlyDictionary<string, Stance> Stances = new Dictionary<string, Stance>
    {
        ["supports"] = Stance.Supports,
        ["contradicts"] = Stance.Contradicts,
        ["context"] = Stance.Context,
    };

    public static readonly IReadOnlyDictionary<string, ClaimKind> ClaimKinds = new Dictionary<string, ClaimKind>
    {
        ["report"] = ClaimKind.Report,
        ["forecast"] = ClaimKind.Forecast,
        ["assessment"] = ClaimKind.Assessment,
    };

    public static readonly IReadOnlyDictionary<string, OutcomeStatus> OutcomeStatuses = new Dictionary<string, OutcomeStatus>
    {
        ["borne-out"] = OutcomeStatus.BorneOut,
        ["partly"] = OutcomeStatus.Partly,
        ["not-borne-out"] = OutcomeStatus.NotBorneOut,
        ["open"] = OutcomeStatus.Open,
    };

    public static readonly IReadOnlyDictionary<string, FigureQualifier> Qualifiers = new Dictionary<string, FigureQualifier>
    {
        ["exact"] = FigureQualifier.Exact,
        ["about"] = FigureQualifier.About,
        ["nearly"] = FigureQualifier.Nearly,
        ["at-least"] = FigureQualifier.AtLeast,
        ["more-than"] = FigureQualifier.MoreThan,
        ["up-to"] = FigureQualifier.UpTo,
        ["fewer-than"] = FigureQualifier.FewerThan,
    };

    public static readonly IReadOnlyDictionary<string, EntityKind> EntityKinds = new Dictionary<string, EntityKind>
    {
        ["person"] = EntityKind.Person,
        ["organization"] = EntityKind.Organization,
        ["military-unit"] = EntityKind.MilitaryUnit,
        ["place"] = EntityKind.Place,
        ["country"] = EntityKind.Country,
    };

    public static readonly IReadOnlyDictionary<string, Reliability> Reliabilities =
        Enum.GetValues<Reliability>().ToDictionary(r => r.ToString(), r => r);

    public static readonly IReadOnlyDictionary<string, Credibility> Credibilities =
        Enum.GetValues<Credibility>().ToDictionary(c => ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture), c => c);

    /// <summary>The word an editor writes for <paramref name="value"/>, e.g. SourceKind.NewsReport → "news-report".</summary>
    public static string WordFor<T>(IReadOnlyDictionary<string, T> words, T value)
        where T : struct, Enum => words.First(w => EqualityComparer<T>.Default.Equals(w.Value, value)).Key;

    public static readonly string[] SiteKeys = ["title", "tagline", "base_url", "language", "description", "key_judgments"];

    public static readonly string[] SourceKeys = ["title", "short_title", "text", "published", "publisher", "author", "url", "archived", "kind", "reliability", "boilerplate", "notes"];

    public static readonly string[] ClaimKeys = ["id", "statement", "topics", "kind", "credibility", "attributed_to", "entities", "figure", "evidence", "related", "outcome", "notes"];

    public static readonly string[] FigureKeys = ["measure", "value", "approx", "qualifier", "high", "as_of"];

    public static readonly string[] EvidenceKeys = ["source", "quote", "stance", "claimant"];

    public static readonly string[] OutcomeKeys = ["status", "claims"];

    public static readonly string[] EventKeys = ["id", "date", "title", "claims", "topics", "places", "summary"];

    public static readonly string[] EntityKeys = ["id", "name", "kind", "aliases", "description", "wikidata"];

    public static readonly string[] MeasureKeys = ["id", "label", "unit", "description"];

    public static readonly string[] TopicKeys = ["title", "summary", "order"];

    public static readonly string[] PageKeys = ["title", "summary"];
}
