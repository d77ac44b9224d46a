using System.Text.RegularExpressions;
using Briefing.Build;
using Briefing.Generator;
using Briefing.Tests.SiteBuild;
using Briefing.Tests.Support;

namespace Briefing.Tests.Build;

/// <summary>
/// An incremental build (pages kept by render key, a stamp that skips a build with nothing to do)
/// gives the bytes a clean build gives, after every one of a sequence of random edits to the content
/// and the theme, deletions among them; and it keeps pages instead of rendering them when it may.
/// </summary>
public sealed partial class IncrementalBuildTests : IDisposable
{
    /// <summary>Random edits after every kind has been made once.</summary>
    private const int MoreSteps = 3;
    private readonly TempFolder _work = TempFolder.Create();

    [Fact]
    public void EveryIncrementalBuildOfARandomSequenceOfEditsEqualsACleanBuild()
    {
        var root = Path.Combine(_work.Path, "briefing");
        BriefingGenerator.Write(root, new GeneratorOptions(24, Seed: 9));
        CopyFolder(Path.Combine(RepoPaths.Root, "theme"), Path.Combine(root, "theme"));
        var output = Path.Combine(_work.Path, "site");
        var first = Build(root, output);
        var random = new Random(2026);
        var rendered = 0;
        var pages = 0;
        // Every kind of edit once, in a random order, then a few more drawn at random.
        var edits = Edits.OrderBy(_ => random.Next()).Concat(Enumerable.Range(0, MoreSteps).Select(_ => Edits[random.Next(Edits.Length)])).ToList();
        for (var step = 0; step < edits.Count; step++)
        {
            var what = edits[step](root, random);

            var result = Build(root, output);
            rendered += result.PagesRendered;
            pages += result.PagesWritten;
            var clean = Build(root, Path.Combine(_work.Path, $"clean-{step}"));
            Assert.True(clean.PagesRendered == clean.PagesWritten, "a build into a new folder renders every page");
            Assert.True(OutputTests.Digest(Path.Combine(_work.Path, $"clean-{step}")).SequenceEqual(OutputTests.Digest(output)),
                $"step {step + 1} ({what}): the incremental build differs from a clean build");
        }

        // Most edits touch a few pages: if every build rendered everything, nothing was kept at all.
        Assert.InRange(rendered, 1, pages / 2);
        Assert.True(first.PagesWritten > 100, "the briefing is large enough to show what a rebuild keeps");
    }

    [Fact]
    public void ABuildWithNothingChangedRendersNothingAndOneThatReadsAChangedTextRendersItsPages()
    {
        var root = Path.Combine(_work.Path, "briefing");
        BriefingGenerator.Write(root, new GeneratorOptions(12, Seed: 3));
        var output = Path.Combine(_work.Path, "site");
        Build(root, output);

        // The generator wrote the files an instant before: the first build cannot tell that none changed while
        // it read them, so it leaves no stamp; the second can, and does.
        Assert.NotEqual("unchanged", Build(root, output).Timings[0].Stage);
        var before = OutputTests.Digest(output);

        var unchanged = Build(root, output);
        Assert.Equal(0, unchanged.PagesRendered);
        Assert.Equal("unchanged", Assert.Single(unchanged.Timings).Stage);
        Assert.Equal(before, OutputTests.Digest(output));

        // An article's text is read by the build though it lies outside input/: an edit to it is seen.
        var text = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")[0];
        File.AppendAllText(text, "\nA closing line added later.\n");
        var edited = Build(root, output);
        Assert.InRange(edited.PagesRendered, 1, edited.PagesWritten / 2);
        Assert.NotEqual(before, OutputTests.Digest(output));

        // A file deleted from the output is noticed too: the site is made whole again.
        var page = Directory.GetFiles(Path.Combine(output, "claims"), "index.html", SearchOption.AllDirectories)[^1];
        File.Delete(page);
        var repaired = Build(root, output);
        Assert.NotEqual("unchanged", repaired.Timings[0].Stage);
        Assert.True(File.Exists(page));
    }

    private static readonly Func<string, Random, string>[] Edits =
    [
        EditStatement, EditStatement, EditCredibility, EditTopicText, DeleteClaim, DeleteClaim,
        EditPartial, EditPageTemplate, EditStylesheet, DeleteThemePage, (_, _) => "nothing",
    ];

    private static string EditStatement(string root, Random random) =>
        EditLine(root, "claims", random, StatementLine(), m => m.Groups[1].Value + " (edited)\"", "a claim's statement");

    private static string EditCredibility(string root, Random random) =>
        EditLine(root, "claims", random, CredibilityLine(), m => $"  credibility: {(m.Groups[1].Value == "3" ? 4 : 3)}", "a claim's credibility");

    private static string EditTopicText(string root, Random random)
    {
        var topic = Pick(Directory.GetFiles(Path.Combine(root, "input", "topics"), "*.md"), random);
        File.AppendAllText(topic, "\nOne more sentence on this topic.\n");
        return "a topic's text";
    }

    /// <summary>Deletes one claim that nothing refers to; a claim others refer to is put back and another tried.</summary>
    private static string DeleteClaim(string root, Random random)
    {
        var files = Directory.GetFiles(Path.Combine(root, "input", "claims"), "*.yml");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var file = Pick(files, random);
            var text = File.ReadAllText(file);
            var blocks = ClaimBlock().Matches(text);
            var block = blocks[random.Next(blocks.Count)];
            var id = block.Groups["id"].Value;
            if (Directory.GetFiles(Path.Combine(root, "input"), "*", SearchOption.AllDirectories)
                .Count(f => File.ReadAllText(f).Contains(id, StringComparison.Ordinal)) == 1 && Occurrences(text, id) == 1)
            {
                File.WriteAllText(file, text.Remove(block.Index, block.Length));
                return $"claim {id} deleted";
            }
        }

        return "nothing (no claim could be deleted)";
    }

    private static string EditPartial(string root, Random random)
    {
        var partial = Pick(Directory.GetFiles(Path.Combine(root, "theme", "templates", "partials"), "*.sbn"), random);
        File.AppendAllText(partial, $"<!-- {random.Next()} -->\n");
        return $"partial {Path.GetFileName(partial)}";
    }

    private static string EditPageTemplate(string root, Random random)
    {
        var template = Pick(Directory.GetFiles(Path.Combine(root, "theme", "templates"), "*.sbn").Where(f => !f.EndsWith("layout.sbn", StringComparison.Ordinal)), random);
        File.AppendAllText(template, $"<!-- {random.Next()} -->\n");
        return $"template {Path.GetFileName(template)}";
    }

    private static string EditStylesheet(string root, Random random)
    {
        File.AppendAllText(Path.Combine(root, "theme", "assets", "site.css"), $"/* {random.Next()} */\n");
        return "the stylesheet";
    }

    private static string DeleteThemePage(string root, Random random)
    {
        var pages = Directory.GetFiles(Path.Combine(root, "theme", "pages"), "*.sbn");
        if (pages.Length == 0)
        {
            return "nothing (no theme page left)";
        }

        File.Delete(Pick(pages, random));
        return "a theme page deleted";
    }

    private static string EditLine(string root, string folder, Random random, Regex line, MatchEvaluator edit, string what)
    {
        var file = Pick(Directory.GetFiles(Path.Combine(root, "input", folder), "*.yml"), random);
        var text = File.ReadAllText(file);
        var matches = line.Matches(text);
        var match = matches[random.Next(matches.Count)];
        File.WriteAllText(file, text[..match.Index] + edit(match) + text[(match.Index + match.Length)..]);
        return what;
    }

    private static T Pick<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        return list[random.Next(list.Count)];
    }

    private static int Occurrences(string text, string id) => Regex.Count(text, Regex.Escape(id));

    private static BuildResult Build(string root, string output)
    {
        var options = new BuildOptions(root, output, Path.Combine(root, "theme"), History: false);
        var result = BuildPipeline.Run(options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("^(  statement: \"[^\"]*)\"", RegexOptions.Multiline)]
    private static partial Regex StatementLine();

    [GeneratedRegex(@"^  credibility: (\d)", RegexOptions.Multiline)]
    private static partial Regex CredibilityLine();

    [GeneratedRegex(@"^- id: (?<id>\S+)\n(?:(?!- id: ).*\n?)*", RegexOptions.Multiline)]
    private static partial Regex ClaimBlock();

    public void Dispose() => _work.Dispose();
}
