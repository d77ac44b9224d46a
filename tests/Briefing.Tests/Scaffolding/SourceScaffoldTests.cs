using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Scaffolding;
using Briefing.Tests.Support;
using Briefing.Validation;

namespace Briefing.Tests.Scaffolding;

/// <summary><c>briefing new source</c>: a source file for an article text, headline as title, today's date to correct.</summary>
public sealed class SourceScaffoldTests
{
    private static readonly string[] SeedFiles = ["seeds/a.txt", "seeds/b.txt", "seeds/c.txt"];

    private const string Ferry = "Harbour opens: new ferry terminal\nThe town council opened its terminal on Monday. It cost 4 million.\n";

    [Fact]
    public void WritesHeadlineAsTitleAndTodayAsPublished()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", Ferry));
        var result = ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", null, ScaffoldAssert.Today));

        Assert.Equal("harbour-opens-new-ferry-terminal", result.Id);
        Assert.Equal("input/sources/harbour-opens-new-ferry-terminal.yml", result.Path);
        Assert.StartsWith(
            "title: 'Harbour opens: new ferry terminal'\ntext: seeds/ferry.txt\npublished: 2025-03-04   # today's date: correct it to the article's publication date\n",
            ScaffoldAssert.Text(briefing, result.Path!), StringComparison.Ordinal);

        var source = BriefingValidator.Validate(briefing.RootPath).Briefing.Content.Sources.Single(s => s.Id == result.Id);
        Assert.Equal("Harbour opens: new ferry terminal", source.Title);
        Assert.Equal(new DateOnly(2025, 3, 4), source.Published.Earliest);
        Assert.Equal(new DateOnly(2025, 3, 4), source.Published.Latest);
    }

    [Fact]
    public void ResultValidatesWithOnlyTheUncitedSourceWarning()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", Ferry));
        var result = ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", null, ScaffoldAssert.Today));
        ScaffoldAssert.ValidatesWith(briefing, "BRF100");
        Assert.Contains(result.Notes, n => n.Contains("BRF100", StringComparison.Ordinal) && n.Contains("briefing new claim --source " + result.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void OptionalFieldsAreCommentedOutInContractOrder()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", Ferry));
        var result = ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", null, ScaffoldAssert.Today));
        var text = ScaffoldAssert.Text(briefing, result.Path!);
        string[] order = ["title:", "text:", "published:", "# publisher:", "# author:", "# url:", "# kind:", "# reliability:", "# boilerplate:", "# notes: |"];
        var positions = order.Select(key => text.IndexOf(key, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void UncommentingEveryHintStillReadsAsASource()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", Ferry + "Join Our Newsletter\n"));
        var result = ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", null, ScaffoldAssert.Today));
        var path = Path.Combine(briefing.RootPath, result.Path!);
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith("# Optional", StringComparison.Ordinal)).Select(l => l.StartsWith("# ", StringComparison.Ordinal) ? l[2..] : l);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        var diagnostics = ScaffoldAssert.Diagnostics(briefing);
        Assert.DoesNotContain(diagnostics, d => !d.StartsWith("BRF100", StringComparison.Ordinal) && !d.StartsWith("BRF107", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kursk: a short headline", "kursk-a-short-headline")]
    [InlineData("North Korean troops helping to direct Russian strikes into Ukraine, General Staff says", "north-korean-troops-helping-to-direct-russian")]
    [InlineData("The Defense Intelligence of Ukraine has revealed that nearly 11,000 soldiers are preparing", "the-defense-intelligence-of-ukraine-has-revealed")]
    [InlineData("Small number of North Korean soldiers already in the war in the east of Ukraine", "small-number-of-north-korean-soldiers-already")]
    [InlineData("Café in Łódź reopens; Straße closed", "cafe-in-lodz-reopens-strasse-closed")]
    [InlineData("Збройні сили України", "000-abc")]
    [InlineData("!!!", "000-abc")]
    public void SlugIsTheHeadlineCutAtAWordWithoutAWeakLastWord(string headline, string expected)
    {
        var slug = HeadlineSlug.Of(headline, "seeds/000_abc.txt");
        Assert.Equal(expected, slug);
        Assert.True(slug.Length <= HeadlineSlug.MaxLength);
    }

    [Fact]
    public void SlugThatIsTakenGetsANumber()
    {
        using var briefing = TempBriefing.With(("seeds/a.txt", Ferry), ("seeds/b.txt", Ferry), ("seeds/c.txt", Ferry));
        var ids = SeedFiles
            .Select(p => ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, p, null, ScaffoldAssert.Today)).Id)
            .ToList();
        Assert.Equal(["harbour-opens-new-ferry-terminal", "harbour-opens-new-ferry-terminal-2", "harbour-opens-new-ferry-terminal-3"], ids);
    }

    [Fact]
    public void GivenIdIsUsed()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", Ferry));
        var result = ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", "marlow-ferry-2025-03", ScaffoldAssert.Today));
        Assert.True(ScaffoldAssert.Exists(briefing, "input/sources/marlow-ferry-2025-03.yml"));
        Assert.Equal("marlow-ferry-2025-03", result.Id);
    }

    [Fact]
    public void ExistingFileIsNeverOverwritten()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", Ferry), ("input/sources/taken.yml", "# not a source yet\n"));
        var result = SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", "taken", ScaffoldAssert.Today);
        Assert.Equal(ScaffoldStatus.Refused, result.Status);
        Assert.Contains("never overwritten", result.Message, StringComparison.Ordinal);
        Assert.Equal("# not a source yet\n", ScaffoldAssert.Text(briefing, "input/sources/taken.yml"));
    }

    [Fact]
    public void TextThatAlreadyHasASourceIsRefused()
    {
        using var briefing = TempBriefing.With();
        var result = SourceScaffold.Write(briefing.RootPath, "seeds/article.txt", null, ScaffoldAssert.Today);
        Assert.Equal(ScaffoldStatus.Refused, result.Status);
        Assert.Contains("input/sources/test-source.yml", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsolutePathInsideSeedsIsAccepted()
    {
        using var briefing = TempBriefing.With(("seeds/sub/ferry.txt", Ferry));
        var result = ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, Path.Combine(briefing.RootPath, "seeds", "sub", "ferry.txt"), null, ScaffoldAssert.Today));
        Assert.Contains("text: seeds/sub/ferry.txt\n", ScaffoldAssert.Text(briefing, result.Path!), StringComparison.Ordinal);
        ScaffoldAssert.ValidatesWith(briefing, "BRF100");
    }

    [Theory]
    [InlineData("seeds/missing.txt", "does not exist")]
    [InlineData("input/site.yml", "not inside the briefing's seeds/ folder")]
    [InlineData("seeds/../outside.txt", "not inside the briefing's seeds/ folder")]
    [InlineData("../outside.txt", "not inside the briefing's seeds/ folder")]
    [InlineData("seeds", "not inside the briefing's seeds/ folder")]
    [InlineData("seeds/sub", "is a folder")]
    [InlineData("seeds/empty.txt", "is empty")]
    [InlineData("seeds/blank-headline.txt", "first line")]
    [InlineData("seeds/latin1.txt", "not valid UTF-8")]
    public void UnusableTextIsRefused(string path, string expected)
    {
        using var briefing = TempBriefing.With(("outside.txt", Ferry), ("seeds/sub/x.txt", Ferry), ("seeds/empty.txt", " \n"), ("seeds/blank-headline.txt", "\nBody line here.\n"));
        briefing.Write("seeds/latin1.txt", [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);
        var result = SourceScaffold.Write(briefing.RootPath, path, null, ScaffoldAssert.Today);
        Assert.Equal(ScaffoldStatus.Refused, result.Status);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Message);
        Assert.False(Directory.EnumerateFiles(Path.Combine(briefing.RootPath, "input", "sources")).Skip(1).Any());
    }

    [Fact]
    public void InvalidIdIsAnInvalidRequest()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", Ferry));
        var result = SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", "Ferry_Terminal", ScaffoldAssert.Today);
        Assert.Equal(ScaffoldStatus.InvalidRequest, result.Status);
        Assert.Contains("'ferry-terminal'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandLineWritesTodaysDate()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", Ferry));
        var before = DateOnly.FromDateTime(DateTime.Now);
        var run = CliRun.Of("new", "source", "seeds/ferry.txt", "--root", briefing.RootPath);
        var after = DateOnly.FromDateTime(DateTime.Now);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("wrote input/sources/harbour-opens-new-ferry-terminal.yml: source 'harbour-opens-new-ferry-terminal'", run.Output, StringComparison.Ordinal);
        Assert.Contains("briefing validate", run.Output, StringComparison.Ordinal);
        var text = ScaffoldAssert.Text(briefing, "input/sources/harbour-opens-new-ferry-terminal.yml");
        var published = DateOnly.ParseExact(Regex.Match(text, @"^published: (\S+)", RegexOptions.Multiline).Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.InRange(published, before, after);

        var validate = CliRun.Of("validate", "--root", briefing.RootPath);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("warning BRF100", validate.Error, StringComparison.Ordinal);
        Assert.Contains("warning BRF107", validate.Error, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 2 warnings", validate.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void WrittenFileIsUtf8WithoutByteOrderMark()
    {
        using var briefing = TempBriefing.With(("seeds/ferry.txt", "Café reopens in Kyiv — “at last”\nBody.\n"));
        var result = ScaffoldAssert.Written(SourceScaffold.Write(briefing.RootPath, "seeds/ferry.txt", null, ScaffoldAssert.Today));
        var bytes = ScaffoldAssert.Bytes(briefing, result.Path!);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("title: Café reopens in Kyiv — “at last”\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal("cafe-reopens-in-kyiv-at-last", result.Id);
    }
}
