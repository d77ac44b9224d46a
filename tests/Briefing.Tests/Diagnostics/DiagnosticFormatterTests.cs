using Briefing.Diagnostics;

namespace Briefing.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    private static readonly Diagnostic Sample = new(Severity.Error, DiagnosticCodes.QuoteNotFound,
        "quote \"a, b: c\" not found\n50% sure", new SourceLocation("input/claims/deployment.yml", 14, 14));

    [Fact]
    public void CanonicalFormIsMsBuilds() =>
        Assert.Equal("input/claims/deployment.yml(14,14): error BRF012: quote \"a, b: c\" not found\n50% sure", DiagnosticFormatter.ToCanonical(Sample));

    [Fact]
    public void WarningsSayWarning() =>
        Assert.StartsWith("input/claims/deployment.yml(14,14): warning BRF012:", DiagnosticFormatter.ToCanonical(Sample with { Severity = Severity.Warning }), StringComparison.Ordinal);

    [Fact]
    public void GitHubAnnotationEscapesItsReservedCharacters() =>
        Assert.Equal("::error file=input/claims/deployment.yml,line=14,col=14,title=BRF012::quote \"a, b: c\" not found%0A50%25 sure",
            DiagnosticFormatter.ToGitHubAnnotation(Sample));

    [Fact]
    public void SummaryCountsErrorsAndWarnings()
    {
        Assert.Equal("0 errors, 0 warnings", DiagnosticFormatter.Summary([]));
        Assert.Equal("1 error, 2 warnings", DiagnosticFormatter.Summary([Sample, Sample with { Severity = Severity.Warning }, Sample with { Severity = Severity.Warning }]));
    }

    [Fact]
    public void BagSortsCauseFirstThenByPlaceWhateverTheOrderOfReporting()
    {
        var bag = new DiagnosticBag();
        bag.Error("BRF030", new SourceLocation("a.yml", 1, 1), "a reference");
        bag.Error("BRF002", new SourceLocation("b.yml", 1, 1), "x");
        bag.Warning("BRF100", new SourceLocation("a.yml", 10, 2), "y");
        bag.Error("BRF021", new SourceLocation("a.yml", 3, 1), "a field");
        bag.Error("BRF001", new SourceLocation("a.yml", 2, 5), "z");

        // Syntax and files, then structure, then references, then warnings; by place within each.
        Assert.Equal(["a.yml(2,5)", "b.yml(1,1)", "a.yml(3,1)", "a.yml(1,1)", "a.yml(10,2)"], bag.Sorted().Select(d => d.Location.ToString()));
        Assert.True(bag.HasErrors);
        Assert.Equal(5, bag.Count);
        Assert.Equal(4, bag.ErrorCount);
    }
}
