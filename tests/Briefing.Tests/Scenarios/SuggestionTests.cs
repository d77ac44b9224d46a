using Briefing.Validation;

namespace Briefing.Tests.Scenarios;

/// <summary>What a reference to a missing id suggests: the id meant, found by its words, and never an invalid id.</summary>
public sealed class SuggestionTests
{
    [Theory]
    [InlineData("marlow", "did you mean 'marlow-bay' or 'marlow-bay-council'?")]
    [InlineData("kern", "did you mean 'ada-kern'?")]
    [InlineData("kern-ada", "did you mean 'ada-kern'?")]
    [InlineData("the-council", "did you mean 'marlow-bay-council' (alias the council)?")]
    [InlineData("marlow-bay-town-council", "did you mean 'marlow-bay-council' (named Marlow Bay Town Council)?")]
    [InlineData("harbour", "")]
    public void AnEntityIsFoundByAWordOfItsIdItsNameOrAnAlias(string written, string suggestion)
    {
        var message = UnknownEntityMessage(written, extraEntities: "");
        Assert.Equal($"there is no entity '{written}'" + (suggestion.Length == 0 ? "" : "; " + suggestion), message);
    }

    [Fact]
    public void AnInvalidIdIsNeverSuggested()
    {
        // 'Kern_Ada' is an error of its own; offering it would lead from one error to the next.
        var message = UnknownEntityMessage("ada", extraEntities: "- id: Kern_Ada\n  name: Someone else\n  kind: person\n");
        Assert.Equal("there is no entity 'ada'; did you mean 'ada-kern'?", message);
    }

    private static string UnknownEntityMessage(string written, string extraEntities)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefing-suggestions", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "input"));
        var entities = File.ReadAllText(Path.Combine(FixturePaths.Base, "input", "entities.yml")) + extraEntities;
        File.WriteAllText(Path.Combine(folder, "input", "entities.yml"), entities);
        using var briefing = ScenarioBriefing.Create(folder);
        Directory.Delete(folder, recursive: true);
        var claims = Path.Combine(briefing.Root, "input", "claims", "main.yml");
        File.WriteAllText(claims, File.ReadAllText(claims).Replace("  entities: [marlow-bay]\n", $"  entities: [marlow-bay, {written}]\n", StringComparison.Ordinal));
        return BriefingValidator.Validate(briefing.Root).Diagnostics.Single(d => d.Code == "BRF030").Message;
    }
}
