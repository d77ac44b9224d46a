using System.Globalization;

namespace Briefing.Generator;

/// <summary>
/// Plans the claims and, with them, the sentences of every article: each claim quotes a sentence
/// of its own source, and its further evidence quotes sentences planted in the next one or two sources.
/// Each sentence holds a number that no other sentence of its article holds, after "that ", so every
/// quote occurs exactly once in its text.
/// </summary>
internal static class ClaimPlanner
{
    /// <summary>Sentence slots per article: ten own claims, then ten corroborations for each of two neighbours.</summary>
    public const int Slots = 30;

    private static readonly string[] Stances = ["supports", "supports", "supports", "supports", "supports", "supports", "supports", "supports", "contradicts", "context"];
    private static readonly string[] Qualifiers = ["exact", "about", "nearly", "at-least", "more-than", "up-to", "fewer-than"];
    private static readonly string[] Prefixes = ["Officials said", "Witnesses reported", "Satellite images suggest", "Analysts estimate", "Commanders told reporters", "Local residents said"];
    private static readonly string[] Corroborations = ["Another account says", "A second report states", "Independent monitors wrote", "In a later statement officials said"];
    private static readonly string[] Outcomes = ["borne-out", "partly", "not-borne-out", "open"];

    public static void Plan(Plan plan, Prng random, List<int> places, List<int> actors, string[,] sentences)
    {
        var shape = plan.Shape;
        for (var s = 0; s < shape.Sources; s++)
        {
            for (var j = 0; j < BriefingShape.ClaimsPerSource; j++)
            {
                plan.Claims.Add(PlanClaim(plan, random, s, j, places, actors, sentences));
            }
        }
    }

    /// <summary>The number in slot <paramref name="slot"/> of article <paramref name="source"/>: distinct within the article.</summary>
    public static int CountIn(int source, int slot) => 20 + slot * 37 + source % 17;

    private static PlannedClaim PlanClaim(Plan plan, Prng random, int s, int j, List<int> places, List<int> actors, string[,] sentences)
    {
        var shape = plan.Shape;
        var c = s * BriefingShape.ClaimsPerSource + j;
        var source = plan.Sources[s];
        var place = plan.Entities[places[(s * 3 + j) % places.Count]];
        var hasFigure = c < shape.Measures || random.Chance(0.17);
        var measure = hasFigure ? (c < shape.Measures ? c : random.Below(shape.Measures)) : -1;
        var noun = hasFigure ? plan.Measures[measure].Unit : random.Pick(Words.Nouns);
        var verb = random.Pick(Words.Verbs);
        var count = CountIn(s, j);
        var actor = random.Chance(0.4) ? plan.Entities[random.Pick(actors)] : null;

        var prefix = actor is null ? random.Pick(Prefixes) : $"{actor.Name} said";
        var quote = Core(count, noun, verb, place.Name);
        sentences[s, j] = $"{prefix} {quote} on {DayWords(source.Published)}.";

        var topic = c * shape.Topics / shape.Claims;
        List<int> topics = shape.Topics > 1 && random.Chance(0.2) ? [topic, (topic + 1) % shape.Topics] : [topic];
        var claim = new PlannedClaim
        {
            Id = $"{Words.Slug(noun)}-{Words.Slug(place.Name)}-{s + 1:D5}-{j}",
            Statement = $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun} {verb} {place.Name} in {Words.Months[source.Published.Month - 1]} {source.Published.Year}.",
            Source = s,
            Topics = topics,
            AttributedTo = actor?.Id,
        };
        plan.Topics[topic].Claims.Add(c);
        claim.Evidence.Add(new PlannedEvidence(s, quote, null, null));
        AddCorroboration(plan, random, claim, s, j, noun, verb, place.Name, sentences);
        claim.Credibility = Credibility(plan, random, claim);
        AddClaimant(plan, random, claim, actors);
        AddEntities(plan, random, claim, c, place.Id);
        AddKindAndRelated(random, claim, s, j);
        KeepOpenForecastBelowConfirmed(claim);
        if (hasFigure)
        {
            var qualifier = random.Pick(Qualifiers);
            claim.Figure = (measure, count, qualifier == "exact" ? null : qualifier);
        }

        if (random.Chance(0.25))
        {
            claim.Notes = $"Graded {claim.Credibility} on the wording of [the {source.Publisher} report](source:{source.Id}); " +
                "the figure is the report's own and was not checked against other counts.";
        }

        // An editor who grades a contradicted claim 1 or 2 says why (the check BRF111 asks for it).
        if (claim.Credibility <= 2 && claim.Evidence.Any(e => e.Stance == "contradicts"))
        {
            claim.Notes = (claim.Notes is null ? "" : claim.Notes + " ") +
                "One later report contradicts it; the grade rests on the earlier reports, which agree with each other.";
        }

        return claim;
    }

    private static string Core(int count, string noun, string verb, string place) =>
        $"that {count.ToString("N0", CultureInfo.InvariantCulture)} {noun} {verb} {place}";

    private static string DayWords(DateOnly day) => $"{day.Day} {Words.Months[day.Month - 1]}";

    private static void AddCorroboration(Plan plan, Prng random, PlannedClaim claim, int s, int j, string noun, string verb, string place, string[,] sentences)
    {
        var roll = random.Below(10);
        var extra = Math.Min(roll < 5 ? 0 : roll < 8 ? 1 : 2, plan.Shape.Sources - 1);
        for (var k = 1; k <= extra; k++)
        {
            var t = (s + k) % plan.Shape.Sources;
            var slot = 10 * k + j;
            var quote = Core(CountIn(t, slot), noun, verb, place);
            sentences[t, slot] = $"{random.Pick(Corroborations)} {quote}.";
            var stance = random.Pick(Stances);
            claim.Evidence.Add(new PlannedEvidence(t, quote, stance == "supports" ? null : stance, null));
        }
    }

    /// <summary>Grade 1 ("confirmed by other sources") only where two independent sources support the claim.</summary>
    private static int Credibility(Plan plan, Prng random, PlannedClaim claim)
    {
        var supporting = claim.Evidence.Where(e => e.Stance is null).Select(e => plan.Sources[e.Source].Publisher).Distinct().Count();
        if (claim.AttributedTo is null && supporting >= 2 && random.Chance(0.5))
        {
            return 1;
        }

        return 2 + random.Below(5);
    }

    /// <summary>
    /// What has not happened yet cannot be confirmed (the check BRF112): a forecast whose outcome is open
    /// is graded 2 at best. Draws nothing from <see cref="Prng"/>, so every other claim keeps its bytes.
    /// </summary>
    private static void KeepOpenForecastBelowConfirmed(PlannedClaim claim)
    {
        if (claim.Kind == "forecast" && claim.Credibility == 1 && claim.Outcome is null or { Status: "open" })
        {
            claim.Credibility = 2;
        }
    }

    private static void AddClaimant(Plan plan, Prng random, PlannedClaim claim, List<int> actors)
    {
        if (claim.Credibility == 1 || claim.Evidence.Count < 2 || !random.Chance(0.3))
        {
            return;
        }

        var last = claim.Evidence[^1];
        claim.Evidence[^1] = last with { Claimant = plan.Entities[random.Pick(actors)].Id };
    }

    private static void AddEntities(Plan plan, Prng random, PlannedClaim claim, int c, string placeId)
    {
        // Claim c names entity c (modulo their number), so every entity is referenced somewhere.
        string[] candidates = [placeId, plan.Entities[c % plan.Entities.Count].Id, plan.Entities[random.Below(plan.Entities.Count)].Id];
        claim.Entities.AddRange(candidates.Distinct());
    }

    private static void AddKindAndRelated(Prng random, PlannedClaim claim, int s, int j)
    {
        var first = s * BriefingShape.ClaimsPerSource;
        var roll = random.Below(20);
        if (roll == 0)
        {
            claim.Kind = "forecast";
            var status = random.Pick(Outcomes);
            claim.Outcome = (status, status == "open" ? null : first + (j + 1) % BriefingShape.ClaimsPerSource);
        }
        else if (roll <= 2)
        {
            claim.Kind = "assessment";
        }

        if (random.Chance(0.6))
        {
            claim.Related.Add(first + (j + 1 + random.Below(BriefingShape.ClaimsPerSource - 1)) % BriefingShape.ClaimsPerSource);
        }
    }
}
