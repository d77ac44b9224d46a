using Briefing.Checking;
using Briefing.Figures;
using Briefing.Model;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Seed;

/// <summary>
/// What an analyst found in the seed texts about who asserts what: where several texts relay one claimant, the
/// seed must not count them as independent support. The counts here are the ones the texts support; a change to
/// one of them must come with new evidence in the texts, not with a looser test.
/// </summary>
public sealed class SeedClaimantTests
{
    private static readonly Lazy<CheckedBriefing> Seed = new(() => BriefingValidator.Validate(RepoPaths.Root).Briefing);

    /// <summary>Claim id, supporting sources, and the independent claimants the texts support.</summary>
    public static TheoryData<string, int, int> Findings => new()
    {
        // Three texts give 11,000; only one names its source, the DIU, and the others repeat that estimate.
        { "dprk-troops-about-11000", 3, 1 },

        // The later, higher figure is the same agency's.
        { "dprk-troops-12000-in-russia", 1, 1 },

        // Zelensky's announcement and a retrospective that names no source are one account.
        { "dprk-in-kursk-assaults", 2, 1 },

        // Musienko spoke of a small first contingent; only the officials cited by CNN assess the motive.
        { "dprk-motive-combat-experience", 1, 1 },

        // The outlet's own words echo the General Staff.
        { "first-public-evidence-attack-on-ukraine", 1, 1 },
        { "sumy-offensive-nearly-collapsed", 1, 1 },

        // One article relays two independent claimants: the Pentagon (with NATO) and the DIU.
        { "dprk-troops-training-in-russia", 1, 2 },

        // A commonplace in two texts is two claimants, but graded 2, not 1 (see the next test).
        { "dprk-no-war-since-korean-war", 2, 2 },

        // A Pentagon spokesman, the General Staff, and one article's own commentary.
        { "russia-manpower-shortage", 3, 3 },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void IndependentClaimantsAreNoMoreThanTheTextsSupport(string id, int sources, int claimants)
    {
        var seed = Seed.Value;
        var support = Claimants.Support(seed.Index, seed.Index.Claims[id]);
        Assert.Equal(sources, support.SourceCount);
        Assert.True(
            support.IndependentCount <= claimants,
            $"{id} counts {support.IndependentCount} independent claimants ({string.Join(", ", support.Claimants.Select(c => c.Name))}); the texts support {claimants}");
        Assert.Equal(claimants, support.IndependentCount);
    }

    [Fact]
    public void EveryTroopTotalTracesToTheOneAgencyTheTextsName()
    {
        var seed = Seed.Value;
        var totals = seed.Index.Claims.Values.Where(c => c.Figure?.Measure.Id == "dprk-troops-in-russia").ToList();
        Assert.True(totals.Count >= 2, "the seed should give at least two troop totals");
        var claimants = totals.SelectMany(c => Claimants.Support(seed.Index, c).Claimants).Distinct().ToList();
        Assert.Equal(["entity:diu"], claimants.Select(c => c.Key));
    }

    [Fact]
    public void NoClaimIsConfirmedWithoutTwoIndependentClaimants()
    {
        var seed = Seed.Value;
        var confirmed = seed.Index.Claims.Values.Where(c => c.Credibility == Credibility.Confirmed).ToList();
        Assert.NotEmpty(confirmed);
        Assert.All(confirmed, c => Assert.True(
            Claimants.Support(seed.Index, c).IndependentCount >= 2,
            $"{c.Id} is graded 1 on fewer than two independent claimants"));
        Assert.NotEqual(Credibility.Confirmed, seed.Index.Claims["dprk-no-war-since-korean-war"].Credibility);
    }

    [Fact]
    public void EveryNamedClaimantIsTheClaimantOfSomeEvidence()
    {
        // attributed_to names those who assert the claim; each of them must stand behind at least one quote.
        var seed = Seed.Value;
        foreach (var claim in seed.Index.Claims.Values.Where(c => c.AttributedTo.Count > 0))
        {
            var behind = Claimants.OfEach(seed.Index, claim).Select(c => c.EntityId).ToHashSet(StringComparer.Ordinal);
            Assert.True(claim.AttributedTo.Any(a => behind.Contains(a.Id)), $"{claim.Id}: nobody in attributed_to is the claimant of any of its evidence");
        }
    }

    [Fact]
    public void NoMeasureOfTheSeedHasFiguresThatDisagree()
    {
        // 11,000 and 12,000 are one agency's hedged estimates that overlap; the 10,000 counts one force, on its own measure.
        var seed = Seed.Value;
        var verdicts = seed.Index.Claims.Values.Where(c => c.Figure is not null)
            .GroupBy(c => c.Figure!.Measure.Id)
            .ToDictionary(g => g.Key, g => MeasureAgreement.Of([.. g.Select(c => new DatedFigure(c.Figure!, c.Figure!.AsOf ?? seed.Index.Sources[c.Evidence[0].Source.Id].Published))]).Kind);
        Assert.All(verdicts, v => Assert.True(v.Value != AgreementKind.Disagree, $"the figures of {v.Key} disagree"));
        Assert.Equal(AgreementKind.Agree, verdicts["dprk-troops-in-russia"]);
        Assert.Equal(AgreementKind.OneReport, verdicts["dprk-troops-in-kursk-force"]);
    }

    [Theory]
    [InlineData("dprk-30-killed-3-missing", FigureQualifier.UpTo, 30)]
    [InlineData("combined-attack-200-lost", FigureQualifier.UpTo, 200)]
    [InlineData("nearly-half-died-in-counterassaults", FigureQualifier.Nearly, 50)]
    [InlineData("dprk-troops-about-11000", FigureQualifier.About, 11000)]
    [InlineData("dprk-troops-12000-in-russia", FigureQualifier.About, 12000)]
    [InlineData("battalion-size-3000", FigureQualifier.About, 3000)]
    public void HedgedFiguresKeepTheTextsHedge(string id, FigureQualifier qualifier, int value)
    {
        var figure = Seed.Value.Index.Claims[id].Figure;
        Assert.NotNull(figure);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(value, figure.Value);
    }

    [Fact]
    public void EveryStatementWithAFigureSaysItWithTheFiguresHedgeAndNoOther()
    {
        // A statement that hedges a figure the data gives as exact (or the reverse) says something different on each page.
        string[] hedges = ["about ", "around ", "roughly ", "approximately ", "nearly ", "up to ", "at least ", "more than ", "fewer than ", "as many as "];
        foreach (var claim in Seed.Value.Index.Claims.Values.Where(c => c.Figure is not null))
        {
            var statement = claim.Statement.Text.ToLowerInvariant();
            var said = hedges.Where(h => statement.Contains(h, StringComparison.Ordinal)).ToList();
            if (claim.Figure!.Qualifier == FigureQualifier.Exact && claim.Figure.High is null)
            {
                // Only a hedge on the figure itself counts: "about 15 October" hedges a date.
                var number = claim.Figure.Value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
                var hedged = hedges.Where(h => statement.Contains(h + number, StringComparison.Ordinal)).ToList();
                Assert.True(hedged.Count == 0, $"{claim.Id} gives {number} as exact but its statement says '{string.Join("', '", hedged)}{number}'");
            }
            else if (claim.Figure.Qualifier != FigureQualifier.Exact)
            {
                Assert.True(said.Count > 0, $"{claim.Id} hedges its figure ({claim.Figure.Qualifier}) but its statement does not");
            }
        }
    }
}
