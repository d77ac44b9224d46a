using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Seed;

/// <summary>The seed briefing is the project's first real content: it must stay clean and meet its brief.</summary>
public sealed class SeedBriefingTests
{
    private static readonly Lazy<ValidationResult> Result = new(() => BriefingValidator.Validate(RepoPaths.Root, strict: true));

    [Fact]
    public void ValidatesWithNoErrorsAndNoWarnings()
    {
        Assert.Empty(Result.Value.Diagnostics.Select(DiagnosticFormatter.ToCanonical));
        Assert.True(Result.Value.Succeeded);
    }

    [Fact]
    public void SeedTextsAreTheSharedArticlesByteForByte()
    {
        var shared = Path.Combine(RepoPaths.Root, "..", "shared", "seeds");
        if (!Directory.Exists(shared))
        {
            // A clone without shared/ beside it still checks that every source's text is present.
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.txt"));
            return;
        }

        // Every shared article is here unchanged; editors may add more.
        var names = Directory.GetFiles(shared).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(shared, name!)), File.ReadAllBytes(Path.Combine(RepoPaths.Root, "seeds", name!)));
        }
    }

    [Fact]
    public void MeetsTheCoverageTheBriefAsksFor()
    {
        var content = Result.Value.Briefing.Content;
        Assert.True(content.Sources.Count >= 5, $"{content.Sources.Count} sources");
        Assert.True(content.Claims.Count >= 40, $"{content.Claims.Count} claims");
        foreach (var source in content.Sources)
        {
            var citing = content.Claims.Count(c => c.Evidence.Any(e => e.Source.Id == source.Id));
            Assert.True(citing >= 5, $"{source.Id} is cited by {citing} claims");
        }

        Assert.True(content.Claims.Count(c => c.Evidence.Select(e => e.Source.Id).Distinct().Count() >= 2) >= 8);
        Assert.Contains(content.Claims, c => c.Evidence.Any(e => e.Stance == Stance.Contradicts));
        Assert.True(content.Topics.Count >= 6);
        Assert.True(content.Events.Count >= 12);
        Assert.All(content.Events, e => Assert.InRange(e.Date.Earliest, new DateOnly(2024, 8, 1), new DateOnly(2025, 10, 31)));
    }

    [Fact]
    public void TopicBriefingsAreAtLeast150WordsAndCrossReferenceClaims()
    {
        foreach (var topic in Result.Value.Briefing.Content.Topics)
        {
            var words = topic.Body.Text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words >= 150, $"{topic.Id} has {words} words");
            Assert.Contains("(claim:", topic.Body.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DisagreeingFiguresShareMeasures()
    {
        var byMeasure = Result.Value.Briefing.Content.Claims
            .Where(c => c.Figure is not null)
            .GroupBy(c => c.Figure!.Measure.Id)
            .Where(g => g.Select(c => c.Figure!.Value).Distinct().Count() > 1);
        Assert.NotEmpty(byMeasure);
    }
}
