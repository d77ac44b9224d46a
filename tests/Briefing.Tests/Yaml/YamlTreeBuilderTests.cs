using Briefing.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Tests.Yaml;

public sealed class YamlTreeBuilderTests
{
    [Fact]
    public void KeepsTheLineAndColumnOfEveryNode()
    {
        var bag = new DiagnosticBag();
        var root = (YamlSequence)YamlTreeBuilder.Build("f.yml", "- id: a\n  topics: [x, y]\n", bag)!;
        var claim = (YamlMapping)root.Items[0];
        Assert.Equal(new SourceLocation("f.yml", 1, 3), claim.Location);
        Assert.Equal(new SourceLocation("f.yml", 1, 7), claim.Find("id")!.Value.Location);
        var topics = (YamlSequence)claim.Find("topics")!.Value;
        Assert.Equal(new SourceLocation("f.yml", 2, 15), topics.Items[1].Location);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void LineOffsetShiftsFrontMatter()
    {
        var bag = new DiagnosticBag();
        var root = (YamlMapping)YamlTreeBuilder.Build("t.md", "title: x\n", bag, lineOffset: 1)!;
        Assert.Equal(2, root.Find("title")!.Value.Location.Line);
    }

    [Fact]
    public void ReportsDuplicateKeysAndKeepsTheFirst()
    {
        var bag = new DiagnosticBag();
        var root = (YamlMapping)YamlTreeBuilder.Build("f.yml", "a: 1\nb: 2\na: 3\n", bag)!;
        Assert.Equal("1", ((YamlScalar)root.Find("a")!.Value).Value);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.DuplicateKey, 3, 1), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void KeepsScalarsAsWrittenWithoutTypeGuessing()
    {
        var bag = new DiagnosticBag();
        var root = (YamlMapping)YamlTreeBuilder.Build("f.yml", "date: 2024-10-16\nn: 011\nq: '11000'\nempty:\n", bag)!;
        Assert.Equal("2024-10-16", ((YamlScalar)root.Find("date")!.Value).Value);
        Assert.Equal("011", ((YamlScalar)root.Find("n")!.Value).Value);
        Assert.False(((YamlScalar)root.Find("q")!.Value).IsPlain);
        Assert.True(((YamlScalar)root.Find("empty")!.Value).IsNull);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n", DiagnosticCodes.AliasNotSupported)]
    [InlineData("a: 1\n---\nb: 2\n", DiagnosticCodes.YamlSyntax)]
    [InlineData("a: b: c\n", DiagnosticCodes.YamlSyntax)]
    [InlineData("? [a, b]\n: c\n", DiagnosticCodes.WrongType)]
    public void RefusesWhatTheFormatDoesNotUse(string yaml, string code)
    {
        var bag = new DiagnosticBag();
        YamlTreeBuilder.Build("f.yml", yaml, bag);
        Assert.Contains(bag.Sorted(), d => d.Code == code);
    }

    [Fact]
    public void EmptyTextIsNoNodeAndNoError()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlTreeBuilder.Build("f.yml", "# only a comment\n", bag));
        Assert.Equal(0, bag.Count);
    }
}
