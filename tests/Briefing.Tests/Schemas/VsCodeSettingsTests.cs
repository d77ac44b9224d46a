using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Schemas;

/// <summary>VS Code applies the right schema to every YAML file of a briefing, and edits YAML the way the files are written.</summary>
public sealed class VsCodeSettingsTests
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Lazy<JsonObject> Settings = new(() => Read("settings.json"));

    // Paths of every YAML kind, beside the seed's own files, so that a kind the seed lacks is still covered.
    public static TheoryData<string> YamlPaths => [.. InputLayout.Enumerate(RepoPaths.Root).Where(p => p.EndsWith(".yml", StringComparison.Ordinal))
        .Concat(["input/sources/a-source.yml", "input/claims/more.yml", "input/events.yml", "input/entities.yml", "input/measures.yml", "input/site.yml"])
        .Distinct()];

    [Theory]
    [MemberData(nameof(YamlPaths))]
    public void EachYamlFileGetsExactlyItsSchema(string path)
    {
        // The YAML extension matches a glob against the end of the file's URI, with * matching any characters.
        var uri = "file://" + Path.Combine(RepoPaths.Root, path).Replace('\\', '/');
        var matched = SchemaGlobs().Where(g => g.Globs.Any(glob => GlobRegex(glob).IsMatch(uri))).Select(g => g.Schema).ToList();
        var expected = "./schemas/" + SchemaSeedTests.SchemaForKind[InputLayout.Classify(path)];
        Assert.Equal([expected], matched);
    }

    [Fact]
    public void EveryYamlSchemaIsMappedAndExists()
    {
        var mapped = SchemaGlobs().Select(g => g.Schema).Order(StringComparer.Ordinal);
        var yamlKinds = SchemaSeedTests.SchemaForKind.Where(k => k.Key is not (InputFileKind.Topic or InputFileKind.Page)).Select(k => "./schemas/" + k.Value);
        Assert.Equal(yamlKinds.Order(StringComparer.Ordinal), mapped);
        Assert.All(mapped, s => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, s)), s));
    }

    [Fact]
    public void YamlIsEditedWithTwoSpacesAndReadAsYaml12()
    {
        var yaml = Settings.Value["[yaml]"]!.AsObject();
        Assert.Equal(2, yaml["editor.tabSize"]!.GetValue<int>());
        Assert.True(yaml["editor.insertSpaces"]!.GetValue<bool>());
        Assert.False(yaml["editor.detectIndentation"]!.GetValue<bool>());
        Assert.Equal("1.2", Settings.Value["yaml.yamlVersion"]!.GetValue<string>());
    }

    [Fact]
    public void TrailingWhitespaceIsTrimmedButNeverInTheSeedTexts()
    {
        Assert.True(Settings.Value["files.trimTrailingWhitespace"]!.GetValue<bool>());
        var text = Settings.Value["[plaintext]"]!.AsObject();
        Assert.False(text["files.trimTrailingWhitespace"]!.GetValue<bool>());
        Assert.False(text["files.insertFinalNewline"]!.GetValue<bool>());
        Assert.All(Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds")), f => Assert.Equal(".txt", Path.GetExtension(f)));
    }

    [Fact]
    public void TheYamlExtensionIsRecommended()
    {
        var recommendations = Read("extensions.json")["recommendations"]!.AsArray().Select(r => r!.GetValue<string>());
        Assert.Contains("redhat.vscode-yaml", recommendations);
    }

    [Fact]
    public void TheVsCodeFolderIsNotIgnored()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".gitignore"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Where(l => l.Trim('/', '*') is ".vscode" or ".vscode/settings.json" or ".vscode/extensions.json" or "*.json");
        Assert.Empty(ignored);
    }

    private static JsonObject Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", file)), documentOptions: Jsonc)!.AsObject();

    private static List<(string Schema, List<string> Globs)> SchemaGlobs() =>
        [.. Settings.Value["yaml.schemas"]!.AsObject().Select(p => (p.Key, p.Value is JsonArray list
            ? list.Select(g => g!.GetValue<string>()).ToList()
            : [p.Value!.GetValue<string>()]))];

    /// <summary>The regex yaml-language-server makes of a glob: special characters escaped, * as .*, anchored at the end.</summary>
    private static Regex GlobRegex(string glob)
    {
        var sb = new StringBuilder();
        foreach (var c in glob)
        {
            sb.Append(c switch
            {
                '*' => ".*",
                _ when "-\\{}+?|^$.,[]()#".Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c) => "\\" + c,
                _ => c.ToString(),
            });
        }

        return new Regex(sb + @"\z", RegexOptions.CultureInvariant);
    }
}
