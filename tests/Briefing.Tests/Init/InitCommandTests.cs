using System.Text.Json.Nodes;
using Briefing.Tests.Support;

namespace Briefing.Tests.Init;

/// <summary>
/// <c>briefing init</c>: a new briefing that validates and builds at once, whose only strict warnings are
/// the placeholders it was asked to leave, with editor settings, CI and headers of its own; it never
/// overwrites a file and refuses a folder that holds a briefing.
/// </summary>
public sealed class InitCommandTests
{
    [Fact]
    public void WithoutTitleAndAddressStrictReportsOnlyThePlaceholders()
    {
        using var folder = TempFolder.Create();
        Assert.Equal(0, CliRun.Of("init", folder.Path).ExitCode);
        var lenient = CliRun.Of("validate", "--root", folder.Path);
        Assert.Equal(0, lenient.ExitCode);
        var strict = CliRun.Of("validate", "--root", folder.Path, "--strict");
        Assert.Equal(1, strict.ExitCode);
        var problems = strict.Error.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Collection(problems,
            l => Assert.StartsWith("input/site.yml(3,8): warning BRF110: the site's title", l, StringComparison.Ordinal),
            l => Assert.StartsWith("input/site.yml(4,11): warning BRF110: base_url", l, StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Of("build", "--root", folder.Path).ExitCode);
    }

    [Fact]
    public void WithTitleAndAddressItValidatesStrictlyAndBuilds()
    {
        using var folder = TempFolder.Create();
        var target = Path.Combine(folder.Path, "new briefing");
        var init = CliRun.Of("init", target, "--title", "Our town: a briefing", "--base-url", "https://news.example.com/town/");
        Assert.Equal(0, init.ExitCode);
        Assert.Contains("input/site.yml", init.Output, StringComparison.Ordinal);
        var strict = CliRun.Of("validate", "--root", target, "--strict");
        Assert.Equal(0, strict.ExitCode);
        Assert.Equal("0 errors, 0 warnings", strict.Error.Trim());
        Assert.Equal(0, CliRun.Of("build", "--root", target).ExitCode);
        var home = File.ReadAllText(Path.Combine(target, "output", "index.html"));
        Assert.Contains("Our town: a briefing", home, StringComparison.Ordinal);
        Assert.Contains("https://news.example.com/town/", home, StringComparison.Ordinal);
    }

    [Fact]
    public void ItRefusesAFolderThatHoldsABriefingAndWritesNothing()
    {
        using var briefing = TempBriefing.With();
        var before = Directory.GetFiles(briefing.RootPath, "*", SearchOption.AllDirectories).Length;
        var run = CliRun.Of("init", briefing.RootPath);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already holds a briefing (input/site.yml)", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(briefing.RootPath, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void AnExistingProjectFileIsKeptAsItIs()
    {
        using var folder = TempFolder.Create();
        File.WriteAllText(Path.Combine(folder.Path, "README.md"), "# Ours\n");
        var run = CliRun.Of("init", folder.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("# Ours\n", File.ReadAllText(Path.Combine(folder.Path, "README.md")));
        Assert.Contains("kept the existing 'README.md'", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Path, "input", "site.yml")));
    }

    [Fact]
    public void AWrongAddressOrEmptyTitleIsAWrongCommandLine()
    {
        using var folder = TempFolder.Create();
        Assert.Equal(2, CliRun.Of("init", folder.Path, "--base-url", "ftp://example.org/").ExitCode);
        Assert.Equal(2, CliRun.Of("init", folder.Path, "--title", " ").ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void EditorSettingsMapSchemasThatExistInTheNewBriefing()
    {
        using var folder = TempFolder.Create();
        Assert.Equal(0, CliRun.Of("init", folder.Path).ExitCode);
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, ".vscode", "settings.json")))!;
        var mapped = settings["yaml.schemas"]!.AsObject();
        Assert.Equal(6, mapped.Count);
        foreach (var (schema, _) in mapped)
        {
            Assert.StartsWith("./.vscode/schemas/", schema, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", Path.GetFileName(schema))), File.ReadAllText(Path.Combine(folder.Path, schema)));
        }

        Assert.True(File.Exists(Path.Combine(folder.Path, ".vscode", "schemas", "definitions.schema.json")));
        Assert.Contains("redhat.vscode-yaml", File.ReadAllText(Path.Combine(folder.Path, ".vscode", "extensions.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void NetlifyTomlHasTheSameHeadersAsThisRepository()
    {
        using var folder = TempFolder.Create();
        Assert.Equal(0, CliRun.Of("init", folder.Path).ExitCode);
        static string Headers(string toml) => toml.ReplaceLineEndings("\n")[toml.ReplaceLineEndings("\n").IndexOf("[[headers]]", StringComparison.Ordinal)..];
        var ours = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var theirs = File.ReadAllText(Path.Combine(folder.Path, "netlify.toml"));
        Assert.Equal(Headers(ours), Headers(theirs));
        Assert.Contains("publish = \"output\"", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("scripts/", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWorkflowInstallsThisVersionValidatesStrictlyBuildsAndDeploys()
    {
        using var folder = TempFolder.Create();
        Assert.Equal(0, CliRun.Of("init", folder.Path).ExitCode);
        var workflow = File.ReadAllText(Path.Combine(folder.Path, ".github", "workflows", "briefing.yml"));
        var version = CliRun.Of("--version").Output.Split(' ')[0];
        Assert.Contains($"BRIEFING_VERSION: \"{version}\"", workflow, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --global briefing --version \"$BRIEFING_VERSION\"", workflow, StringComparison.Ordinal);
        var validate = workflow.IndexOf("briefing validate --strict", StringComparison.Ordinal);
        var build = workflow.IndexOf("briefing build --strict", StringComparison.Ordinal);
        var deploy = workflow.IndexOf("netlify-cli@17 deploy --dir output --prod", StringComparison.Ordinal);
        Assert.True(validate > 0 && build > validate && deploy > build, "validate, then build, then deploy");
        Assert.Contains("needs: build", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void GitIgnoresTheOutputAndTheCache()
    {
        using var folder = TempFolder.Create();
        Assert.Equal(0, CliRun.Of("init", folder.Path).ExitCode);
        var ignore = File.ReadAllLines(Path.Combine(folder.Path, ".gitignore"));
        Assert.Contains("/output/", ignore);
        Assert.Contains("/.briefing-cache/", ignore);
    }
}
