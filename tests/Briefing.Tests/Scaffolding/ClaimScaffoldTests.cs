using System.Text;
using Briefing.Scaffolding;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Scaffolding;

/// <summary><c>briefing new claim</c>: a skeleton that validates, appended without touching what is there.</summary>
public sealed class ClaimScaffoldTests
{
    [Fact]
    public void SkeletonValidatesWithoutWarningsButItsPlaceholder()
    {
        using var briefing = TempBriefing.With();
        var result = ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, null, null));

        Assert.Equal("claim-1", result.Id);
        Assert.Equal(ClaimScaffold.DefaultFile, result.Path);
        Assert.Equal(
            """
            - id: claim-1
              statement: TODO state the claim in one checkable sentence
              topics: [transport]
              # credibility: 6   # 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged (the default)
              # also optional: attributed_to, entities, figure, related, notes (see 'briefing docs format')
              evidence:
                - source: test-source
                  # an example taken from the source: replace it with the words that support the statement
                  quote: The council approved 12 new buses on Monday.
                  # stance: supports   # supports (the default) | contradicts | context

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            ScaffoldAssert.Text(briefing, ClaimScaffold.DefaultFile));
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void TwoRunsGiveDistinctIdsAndBothValidate()
    {
        using var briefing = TempBriefing.With();
        var first = ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, null, null));
        var second = ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, null, null));

        Assert.Equal("claim-1", first.Id);
        Assert.Equal("claim-2", second.Id);
        var claims = BriefingValidator.Validate(briefing.RootPath).Briefing.Content.Claims.Select(c => c.Id);
        Assert.Equal(["buses-approved", "claim-1", "claim-2"], claims.Order(StringComparer.Ordinal));
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void NumberingContinuesAfterTheHighestTakenNumber()
    {
        using var briefing = TempBriefing.With(("input/claims/main.yml", TempBriefing.Claims + "\n" + TempBriefing.Claims
            .Replace("buses-approved", "claim-7", StringComparison.Ordinal)
            .Replace("12 new buses", "12 new buses on Monday", StringComparison.Ordinal)));
        Assert.Equal("claim-8", ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, null, null)).Id);
    }

    [Fact]
    public void IdsInFilesThatDoNotParseAreNotReused()
    {
        using var briefing = TempBriefing.With(("input/claims/broken.yml", "- id: claim-4\n  statement: [unclosed\n"));
        Assert.Equal("claim-5", ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, null, null)).Id);
    }

    [Fact]
    public void AppendingKeepsTheExistingClaimsByteForByte()
    {
        var existing = "# Transport claims\n" + TempBriefing.Claims.TrimEnd('\n'); // and no final line end
        using var briefing = TempBriefing.With(("input/claims/main.yml", existing));
        var before = ScaffoldAssert.Bytes(briefing, "input/claims/main.yml");

        ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, "transport", null, null, null));

        var after = ScaffoldAssert.Bytes(briefing, "input/claims/main.yml");
        Assert.Equal(before, after[..before.Length]);
        Assert.StartsWith("\n\n- id: claim-1\n", Encoding.UTF8.GetString(after[before.Length..]), StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void AppendingKeepsWindowsLineEndsAndByteOrderMark()
    {
        var existing = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TempBriefing.Claims.ReplaceLineEndings("\r\n") + "\r\n")).ToArray();
        using var briefing = TempBriefing.With(("input/claims/main.yml", null));
        briefing.Write("input/claims/main.yml", existing);

        ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, "main", null));

        var after = ScaffoldAssert.Bytes(briefing, "input/claims/main.yml");
        Assert.Equal(existing, after[..existing.Length]);
        var added = Encoding.UTF8.GetString(after[existing.Length..]);
        Assert.StartsWith("\r\n- id: claim-1\r\n", added, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", added.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void IndentedListGetsTheItemAtItsIndent()
    {
        var indented = string.Join('\n', TempBriefing.Claims.Split('\n').Select(l => l.Length == 0 ? l : "  " + l)) + "\n";
        using var briefing = TempBriefing.With(("input/claims/main.yml", indented));
        ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, "transport", null, null, null));
        Assert.Contains("\n\n  - id: claim-1\n    statement:", ScaffoldAssert.Text(briefing, "input/claims/main.yml"), StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void EmptyListWrittenAsBracketsIsReplacedKeepingItsComment()
    {
        using var briefing = TempBriefing.With(("input/claims/later.yml", "# Claims to come\n[]\n"));
        ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, "input/claims/later.yml", null));
        Assert.StartsWith("# Claims to come\n\n- id: claim-1\n", ScaffoldAssert.Text(briefing, "input/claims/later.yml"), StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Theory]
    [InlineData("- id: a\n  statement: [unclosed\n", "must be fixed first: line")]
    [InlineData("id: a\nstatement: b\n", "must be a list of claims")]
    [InlineData("[{id: a}]\n", "flow list")]
    [InlineData("- id: a\n...\n", "cannot add to")]
    public void FileThatCannotBeAppendedToIsLeftAlone(string content, string expected)
    {
        using var briefing = TempBriefing.With(("input/claims/other.yml", content));
        var result = ClaimScaffold.Write(briefing.RootPath, null, null, "other", null);
        Assert.Equal(ScaffoldStatus.Refused, result.Status);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Equal(content, ScaffoldAssert.Text(briefing, "input/claims/other.yml"));
    }

    [Fact]
    public void TopicChoosesTheFileThatHoldsItsClaims()
    {
        using var briefing = TempBriefing.With(("input/topics/other.md", "---\ntitle: Other\n---\nBody.\n"));
        var result = ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, "transport", null, null, null));
        Assert.Equal("input/claims/main.yml", result.Path);

        var other = ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, "other", null, null, null));
        Assert.Equal("input/claims/other.yml", other.Path);
        Assert.Contains("  topics: [other]\n", ScaffoldAssert.Text(briefing, "input/claims/other.yml"), StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void SourceNoClaimCitesIsTheDefault()
    {
        using var briefing = TempBriefing.With(
            ("seeds/second.txt", "Second headline here\nThe mayor resigned on Tuesday after a long dispute.\n"),
            ("input/sources/second.yml", "title: Second\ntext: seeds/second.txt\npublished: 2020-01-01\n"));
        var result = ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, null, null));
        var text = ScaffoldAssert.Text(briefing, result.Path!);
        Assert.Contains("    - source: second\n", text, StringComparison.Ordinal);
        Assert.Contains("      quote: The mayor resigned on Tuesday after a long dispute.\n", text, StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void GivenSourceAndIdAreUsed()
    {
        using var briefing = TempBriefing.With();
        var result = ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, "transport", "test-source", "buses", "buses-monday"));
        Assert.Equal("buses-monday", result.Id);
        Assert.Equal("input/claims/buses.yml", result.Path);
        ScaffoldAssert.ValidatesWith(briefing);
    }

    [Fact]
    public void QuoteIsAPlaceholderWhenNothingCanBeQuoted()
    {
        using var briefing = TempBriefing.With(("seeds/article.txt", "Buses\nThe council approved 12 new buses\nSubscribe now\n"));
        var result = ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, null, null));
        Assert.Contains("      quote: " + ClaimScaffold.QuotePlaceholder + "\n", ScaffoldAssert.Text(briefing, result.Path!), StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Contains("BRF012", StringComparison.Ordinal));
        Assert.Contains(ScaffoldAssert.Diagnostics(briefing), d => d.StartsWith("BRF012 input/claims/new.yml(9,14)", StringComparison.Ordinal));
    }

    [Fact]
    public void TakenIdIsRefusedAndNothingIsWritten()
    {
        using var briefing = TempBriefing.With();
        var before = ScaffoldAssert.Bytes(briefing, "input/claims/main.yml");
        var result = ClaimScaffold.Write(briefing.RootPath, null, null, "main", "buses-approved");
        Assert.Equal(ScaffoldStatus.Refused, result.Status);
        Assert.Equal(before, ScaffoldAssert.Bytes(briefing, "input/claims/main.yml"));
    }

    [Theory]
    [InlineData("transprot", null, "there is no topic 'transprot'; did you mean 'transport'?")]
    [InlineData(null, "test-sorce", "there is no source 'test-sorce'; did you mean 'test-source'?")]
    public void UnknownReferenceIsRefusedWithASuggestion(string? topic, string? source, string expected)
    {
        using var briefing = TempBriefing.With();
        var result = ClaimScaffold.Write(briefing.RootPath, topic, source, null, null);
        Assert.Equal(ScaffoldStatus.Refused, result.Status);
        Assert.StartsWith(expected, result.Message, StringComparison.Ordinal);
        Assert.False(ScaffoldAssert.Exists(briefing, ClaimScaffold.DefaultFile));
    }

    [Fact]
    public void NoTopicOrNoSourceIsRefusedWithTheCommandThatMakesOne()
    {
        using var noTopic = TempBriefing.With(("input/topics/transport.md", null), ("input/claims/main.yml", null));
        Assert.Contains("briefing new topic", ClaimScaffold.Write(noTopic.RootPath, null, null, null, null).Message, StringComparison.Ordinal);

        using var noSource = TempBriefing.With(("input/sources/test-source.yml", null), ("input/claims/main.yml", null));
        Assert.Contains("briefing new source", ClaimScaffold.Write(noSource.RootPath, null, null, null, null).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extra", "input/claims/extra.yml")]
    [InlineData("extra.yml", "input/claims/extra.yml")]
    [InlineData("input/claims/extra.yml", "input/claims/extra.yml")]
    [InlineData("./input/claims/extra.yml", "input/claims/extra.yml")]
    public void FileMayBeNamedOrGivenAsAPath(string file, string expected)
    {
        using var briefing = TempBriefing.With();
        Assert.Equal(expected, ScaffoldAssert.Written(ClaimScaffold.Write(briefing.RootPath, null, null, file, null)).Path);
    }

    [Theory]
    [InlineData("../extra.yml")]
    [InlineData("input/topics/extra.yml")]
    [InlineData("input/claims/sub/extra.yml")]
    [InlineData("extra.yaml")]
    [InlineData(".hidden.yml")]
    public void FileOutsideTheClaimsFolderIsAnInvalidRequest(string file)
    {
        using var briefing = TempBriefing.With();
        Assert.Equal(ScaffoldStatus.InvalidRequest, ClaimScaffold.Write(briefing.RootPath, null, null, file, null).Status);
    }

    [Theory]
    [InlineData("Claim_1", null)]
    [InlineData(null, "Transport")]
    public void InvalidIdsAreInvalidRequests(string? id, string? topic)
    {
        using var briefing = TempBriefing.With();
        Assert.Equal(ScaffoldStatus.InvalidRequest, ClaimScaffold.Write(briefing.RootPath, topic, null, null, id).Status);
    }
}
