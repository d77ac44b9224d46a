using Briefing.Checking;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Model;

/// <summary>
/// The contract's claimant of each piece of evidence, and a claim's support counted by sources and by independent
/// claimants, on real briefings read by the real loader.
/// </summary>
public sealed class ClaimantsTests
{
    private const string Article = "Headline\nThe General Staff said 11,000 soldiers arrived.\nIntelligence put it at 12,000.\nOur reporters saw columns of trucks.\n";

    private const string Entities = """
        - id: general-staff
          name: Ukraine's General Staff
          kind: organization
        - id: intelligence
          name: Ukraine's Defence Intelligence
          kind: organization
          aliases: [HUR]
        - id: daily-news
          name: The Daily News
          kind: organization
        """;

    [Fact]
    public void ThreeArticlesRelayingOneAgencyAreThreeSourcesAndOneClaimant()
    {
        var claims = Claim("troops", attributedTo: "[general-staff, intelligence]",
            Evidence("a", "The General Staff said 11,000", "general-staff"),
            Evidence("b", "The General Staff said 11,000", "general-staff"),
            Evidence("c", "The General Staff said 11,000", "general-staff"));
        var support = SupportOf(claims, "troops", Sources(("a", "One Paper"), ("b", "Two Paper"), ("c", "Three Paper")));

        Assert.Equal(["a", "b", "c"], support.Sources);
        Assert.Equal(["Ukraine's General Staff"], support.Claimants.Select(c => c.Name));
        Assert.Equal(3, support.SourceCount);
        Assert.Equal(1, support.IndependentCount);
    }

    [Fact]
    public void WithoutAClaimantTheClaimsSingleAttributionIsTheClaimant()
    {
        var claims = Claim("troops", attributedTo: "[intelligence]",
            Evidence("a", "Intelligence put it at 12,000", null),
            Evidence("b", "Intelligence put it at 12,000", null));
        var briefing = Check(claims, Sources(("a", "One Paper"), ("b", "Two Paper")));

        var each = Claimants.OfEach(briefing.Index, briefing.Index.Claims["troops"]);
        Assert.All(each, c => Assert.Equal(("entity:intelligence", ClaimantOrigin.AttributedTo), (c.Key, c.Origin)));
        Assert.Equal(1, Claimants.Support(briefing.Index, briefing.Index.Claims["troops"]).IndependentCount);
    }

    [Fact]
    public void WithTwoAttributionsAndNoClaimantEachPublisherIsAClaimantAndOnePublisherCountsOnce()
    {
        var claims = Claim("trucks", attributedTo: "[general-staff, intelligence]",
            Evidence("a", "Our reporters saw columns of trucks", null),
            Evidence("b", "Our reporters saw columns of trucks", null),
            Evidence("c", "Our reporters saw columns of trucks", null));
        var support = SupportOf(claims, "trucks", Sources(("a", "One Paper"), ("b", "one paper "), ("c", "Other Paper")));

        // "One Paper" and "one paper " are one publisher: names are compared ignoring case and surrounding space.
        Assert.Equal(["One Paper", "Other Paper"], support.Claimants.Select(c => c.Name));
        Assert.All(support.Claimants, c => Assert.Equal(ClaimantOrigin.Publisher, c.Origin));
        Assert.Equal(2, support.IndependentCount);
    }

    [Fact]
    public void APublisherThatIsAnEntityIsThatEntityByNameOrAlias()
    {
        var claims = Claim("trucks", attributedTo: "[]",
            Evidence("a", "Our reporters saw columns of trucks", null),
            Evidence("b", "Our reporters saw columns of trucks", "daily-news"),
            Evidence("c", "Our reporters saw columns of trucks", null));
        var support = SupportOf(claims, "trucks", Sources(("a", "The Daily News"), ("b", "Somebody Else"), ("c", "HUR")));

        Assert.Equal(["entity:daily-news", "entity:intelligence"], support.Claimants.Select(c => c.Key));
        Assert.Equal(2, support.IndependentCount);
    }

    [Fact]
    public void ASourceWithoutAPublisherIsAClaimantOfItsOwn()
    {
        var claims = Claim("trucks", attributedTo: "[]",
            Evidence("a", "Our reporters saw columns of trucks", null),
            Evidence("b", "Our reporters saw columns of trucks", null));
        var support = SupportOf(claims, "trucks", Sources(("a", null), ("b", null)));

        Assert.Equal(["source:a", "source:b"], support.Claimants.Select(c => c.Key));
        Assert.Equal(["Article a", "Article b"], support.Claimants.Select(c => c.Name));
    }

    [Fact]
    public void OnlySupportingEvidenceCountsAndASourceQuotedTwiceIsOneSource()
    {
        var claims = Claim("troops", attributedTo: "[]",
            Evidence("a", "The General Staff said 11,000", "general-staff"),
            Evidence("a", "Intelligence put it at 12,000", "intelligence"),
            Evidence("b", "Intelligence put it at 12,000", "intelligence", "contradicts"),
            Evidence("c", "Our reporters saw columns of trucks", null, "context"));
        var support = SupportOf(claims, "troops", Sources(("a", "One Paper"), ("b", "Two Paper"), ("c", "Three Paper")));

        Assert.Equal(["a"], support.Sources);
        Assert.Equal(["entity:general-staff", "entity:intelligence"], support.Claimants.Select(c => c.Key));
    }

    private static ClaimSupport SupportOf(string claims, string id, (string, string?)[] sources)
    {
        var briefing = Check(claims, sources);
        return Claimants.Support(briefing.Index, briefing.Index.Claims[id]);
    }

    private static CheckedBriefing Check(string claims, (string Id, string? Publisher)[] sources)
    {
        var files = new List<(string, string?)>
        {
            ("input/claims/main.yml", claims),
            ("input/entities.yml", Entities),
            ("seeds/article.txt", Article),
            ("input/sources/test-source.yml", null),
            ("input/topics/transport.md", "---\ntitle: Transport\n---\nTroops and trucks.\n"),
        };
        files.AddRange(sources.Select(s => ($"input/sources/{s.Id}.yml", (string?)(
            $"title: Article {s.Id}\ntext: seeds/article.txt\npublished: 2024-10-16\n" + (s.Publisher is null ? "" : $"publisher: \"{s.Publisher}\"\n")))));
        using var temp = TempBriefing.With([.. files]);
        var result = BriefingValidator.Validate(temp.RootPath);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Briefing;
    }

    private static (string Id, string? Publisher)[] Sources(params (string, string?)[] sources) => sources;

    private static string Claim(string id, string attributedTo, params string[] evidence) =>
        $"- id: {id}\n  statement: A statement.\n  topics: [transport]\n  attributed_to: {attributedTo}\n  evidence:\n" + string.Concat(evidence);

    private static string Evidence(string source, string quote, string? claimant, string stance = "supports") =>
        $"    - source: {source}\n      quote: {quote}\n      stance: {stance}\n" + (claimant is null ? "" : $"      claimant: {claimant}\n");
}
