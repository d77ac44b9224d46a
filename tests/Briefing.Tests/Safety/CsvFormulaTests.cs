using Briefing.Site.OpenData;
using Briefing.Tests.Support;

namespace Briefing.Tests.Safety;

/// <summary>claims.csv never hands a spreadsheet a formula: cells that would be read as one are neutralised.</summary>
public sealed class CsvFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\")", "'=HYPERLINK(\"http://example.org\")")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("-3", "-3")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("12 new buses", "12 new buses")]
    [InlineData("a = b", "a = b")]
    [InlineData("", "")]
    public void CellsThatLookLikeFormulasGetALeadingApostrophe(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetCell.Neutralise(cell));

    [Fact]
    public void TheBuiltFileQuotesNeutralisedCells()
    {
        using var briefing = TempBriefing.With(
            ("input/sources/test-source.yml", TempBriefing.Source.Replace("title: A test article", "title: \"@SUM(1+1)*cmd|' /C calc'!A0\"", StringComparison.Ordinal)),
            ("input/claims/main.yml", TempBriefing.Claims.Replace("statement: The council approved new buses.", "statement: '=HYPERLINK(\"http://example.org/?leak\", \"buses\")'", StringComparison.Ordinal)));
        var output = Path.Combine(briefing.RootPath, "output");
        var run = CliRun.Of("build", "--root", briefing.RootPath, "--theme", Path.Combine(RepoPaths.Root, "theme"));
        Assert.True(run.ExitCode == 0, run.Error);
        var csv = File.ReadAllText(Path.Combine(output, "data", "claims.csv"));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.org/?leak\"\", \"\"buses\"\")\",", csv, StringComparison.Ordinal);
        Assert.Contains(",\"'@SUM(1+1)*cmd|' /C calc'!A0\",", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", csv, StringComparison.Ordinal);
    }
}
