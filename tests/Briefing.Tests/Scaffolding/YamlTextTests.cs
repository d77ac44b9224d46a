using Briefing.Diagnostics;
using Briefing.Scaffolding;
using Briefing.Yaml;

namespace Briefing.Tests.Scaffolding;

/// <summary>Values written into YAML read back exactly as they were, and plain wherever plain is safe.</summary>
public sealed class YamlTextTests
{
    [Theory]
    [InlineData("A plain headline, with a comma", "A plain headline, with a comma")]
    [InlineData("seeds/000_f26304e4ef4ac63d.txt", "seeds/000_f26304e4ef4ac63d.txt")]
    [InlineData("Watch: Russia is deploying", "'Watch: Russia is deploying'")]
    [InlineData("It's “curly” — and straight", "It's “curly” — and straight")]
    [InlineData("'Quoted' at the start", "'''Quoted'' at the start'")]
    [InlineData("null", "'null'")]
    [InlineData("Yes", "'Yes'")]
    [InlineData("1984", "'1984'")]
    [InlineData("", "''")]
    public void WritesPlainWhereSafeAndQuotesOtherwise(string value, string expected) =>
        Assert.Equal(expected, YamlText.Scalar(value));

    [Theory]
    [InlineData("Watch: Russia is deploying")]
    [InlineData("Report:")]
    [InlineData("Price #1 on the list")]
    [InlineData("Rank #1")]
    [InlineData("- a dash first")]
    [InlineData("? a question mark first")]
    [InlineData("[bracketed] start")]
    [InlineData("{braced} start")]
    [InlineData("*star and &amp")]
    [InlineData("!tag like")]
    [InlineData("%directive like")]
    [InlineData("@at and `tick`")]
    [InlineData("| pipe")]
    [InlineData("> fold")]
    [InlineData("\"double\" quoted start")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("tab\tinside")]
    [InlineData("back\\slash and \"quotes\"")]
    [InlineData("line\nbreak")]
    [InlineData("carriage\rreturn")]
    [InlineData("bell\u0007 and nel\u0085 and ls\u2028 and bom\uFEFF")]
    [InlineData("~")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData(".inf")]
    [InlineData("---")]
    [InlineData("...")]
    [InlineData("a: b: c")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Збройні сили України 🇺🇦")]
    public void EveryValueReadsBackExactly(string value)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlTreeBuilder.Build("t.yml", "key: " + YamlText.Scalar(value) + "   # a comment\n", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        var scalar = Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(node).Find("key")!.Value);
        Assert.Equal(value, scalar.Value);
        Assert.False(scalar.IsNull);
    }

    [Fact]
    public void IdListIsAFlowList() => Assert.Equal("[a, b-c]", YamlText.IdList(["a", "b-c"]));
}
