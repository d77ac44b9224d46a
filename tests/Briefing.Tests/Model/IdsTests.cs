using Briefing.Model;

namespace Briefing.Tests.Model;

public sealed class IdsTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("kursk-oblast")]
    [InlineData("nk-11000-troops-2024")]
    [InlineData("0")]
    public void AcceptsTheIdPattern(string id) => Assert.True(Ids.IsValid(id));

    [Theory]
    [InlineData("")]
    [InlineData("Kursk")]
    [InlineData("kursk_oblast")]
    [InlineData("-kursk")]
    [InlineData("kursk-")]
    [InlineData("kursk--oblast")]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData("kürsk")]
    [InlineData("a b")]
    public void RejectsAnythingElse(string id) => Assert.False(Ids.IsValid(id));

    [Fact]
    public void LimitsLengthToEighty()
    {
        Assert.True(Ids.IsValid(new string('a', 80)));
        Assert.False(Ids.IsValid(new string('a', 81)));
    }

    [Theory]
    [InlineData("Kursk Oblast", "kursk-oblast")]
    [InlineData("  North_Korea!! ", "north-korea")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void SlugifySuggestsAValidId(string text, string expected)
    {
        Assert.Equal(expected, Ids.Slugify(text));
        Assert.True(Ids.IsValid(Ids.Slugify(text)));
    }

    [Fact]
    public void ExplanationSuggestsTheSlug() =>
        Assert.Contains("'kursk-oblast'", Ids.Explain("Kursk_Oblast"), StringComparison.Ordinal);
}
