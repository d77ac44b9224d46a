using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

public class SearchTokenizerTests
{
    private static string[] Tokens(string text) => [.. SearchTokenizer.Tokenize(text)];

    [Fact]
    public void LowerCasesAndSplitsOnAnythingButLettersAndDigits()
    {
        Assert.Equal(["north", "korean", "troops", "kursk"], Tokens("North-Korean TROOPS (Kursk)!"));
    }

    [Fact]
    public void FoldsDiacriticsSoSpellingsWithAndWithoutAccentsMeet()
    {
        Assert.Equal(["zelensky", "zelenskyy"], Tokens("Zélensky Zelenskyy"));
        // A letter with a stroke is a letter of its own in Unicode, not a letter plus a mark.
        Assert.Equal(["sao", "paulo", "łodz", "cafe"], Tokens("São Paulo, Łódź? café"));
    }

    [Fact]
    public void FoldsComposedAndDecomposedAccentsAlike()
    {
        Assert.Equal(Tokens("caf\u00E9"), Tokens("cafe\u0301"));
        Assert.Equal(["cafe"], Tokens("CAFE\u0301"));
    }

    [Fact]
    public void LowerCasesOtherScriptsAndFinalSigma()
    {
        Assert.Equal(["киев", "σοφοσ", "istanbul"], Tokens("КИЕВ σοφος \u0130stanbul"));
    }

    [Fact]
    public void NumberWithSeparatorsIsIndexedJoinedAndByParts()
    {
        Assert.Equal(["11", "000", "11000", "troops"], Tokens("11,000 troops"));
        Assert.Equal(["3", "5", "35", "1", "200", "000", "1200000"], Tokens("3.5 or 1,200,000"));
    }

    [Fact]
    public void NumberEndingASentenceIsNotJoinedToTheNext()
    {
        Assert.Equal(["2024", "500", "died"], Tokens("In 2024. 500 died"));
        Assert.Equal(["2024", "03", "01"], Tokens("2024-03-01"));
        Assert.Equal(["11", "000", "000"], Tokens("11,,000 000"));
    }

    [Fact]
    public void SingleDigitsAreKeptButSingleLettersAreNot()
    {
        Assert.Equal(["7", "day"], Tokens("a 7 day x"));
    }

    [Fact]
    public void PossessiveIsDropped()
    {
        Assert.Equal(["russia", "army"], Tokens("Russia's army"));
        Assert.Equal(["russia", "army"], Tokens("RUSSIA\u2019S army"));
        Assert.Equal(["1990"], Tokens("1990's"));
    }

    [Fact]
    public void StopWordsAreDroppedButMeaningfulShortWordsStay()
    {
        Assert.Equal(["troops", "not", "withdraw", "us", "who", "say", "may"], Tokens("The troops will not withdraw, the US and WHO say in May"));
    }

    [Fact]
    public void LettersOfOtherScriptsAreWordsAndSymbolsAreNot()
    {
        // The anusvara (a non-spacing mark) is folded away; the spacing vowel signs stay inside the word.
        Assert.Equal(["日本語", "\u0939\u093F\u0926\u0940"], Tokens("日本語 — \u0939\u093F\u0902\u0926\u0940 ✓ 🙂"));
    }

    [Fact]
    public void LoneSurrogatesSplitWordsInsteadOfThrowing()
    {
        Assert.Equal(["ab", "cd"], Tokens("ab\uD800cd"));
    }

    [Fact]
    public void EmptyTextHasNoTokens()
    {
        Assert.Empty(Tokens(""));
        Assert.Empty(Tokens(" ,.; "));
    }
}
