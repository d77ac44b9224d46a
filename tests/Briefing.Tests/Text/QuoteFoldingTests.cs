using Briefing.Text;

namespace Briefing.Tests.Text;

public class QuoteFoldingTests
{
    [Theory]
    [InlineData("a  b", "a b")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a \u00A0 b", "a b")]
    [InlineData("a\u202Fb", "a b")]
    [InlineData("a\u2007b", "a b")]
    [InlineData("a\t\tb", "a b")]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a\nb", "a b")]
    public void WhiteSpaceRunsFoldToOneSpace(string quote, string expected) =>
        Assert.Equal(expected, QuoteFolding.FoldQuote(quote));

    [Fact]
    public void QuoteIsTrimmed() =>
        Assert.Equal("a b", QuoteFolding.FoldQuote(" \u00A0\ta b\n "));

    [Theory]
    [InlineData("\u2018x\u2019", "'x'")]
    [InlineData("\u201Cx\u201D", "'x'")]
    [InlineData("\"x\"", "'x'")]
    [InlineData("\u201Ax\u201B", "'x'")]
    [InlineData("\u201Ex\u201F", "'x'")]
    [InlineData("it\u2019s", "it's")]
    public void QuotationMarksAndApostrophesFoldToApostrophe(string quote, string expected) =>
        Assert.Equal(expected, QuoteFolding.FoldQuote(quote));

    [Theory]
    [InlineData("1990\u20131995", "1990-1995")]
    [InlineData("war\u2014again", "war-again")]
    [InlineData("a\u2010b\u2011c\u2012d\u2015e", "a-b-c-d-e")]
    [InlineData("\u22125", "-5")]
    public void DashesFoldToHyphen(string quote, string expected) =>
        Assert.Equal(expected, QuoteFolding.FoldQuote(quote));

    [Theory]
    [InlineData("Kursk", "kursk")]
    [InlineData("É", "E\u0301")]
    [InlineData("a_b", "a-b")]
    [InlineData("«x»", "'x'")]
    public void NothingElseIsNormalised(string left, string right) =>
        Assert.NotEqual(QuoteFolding.FoldQuote(left), QuoteFolding.FoldQuote(right));

    [Fact]
    public void FoldingALineKeepsItsEndsAndMapsBack()
    {
        var line = QuoteFolding.FoldLine(3, "  say \u201Chi\u201D\u00A0 now ");

        Assert.Equal(" say 'hi' now ", line.Text);
        Assert.Equal(new TextSpan(3, 0, 2), line.ToOriginal(0, 1));
        Assert.Equal("\u201Chi\u201D\u00A0 now", line.OriginalSlice(5, 13));
    }
}
