using System.Text.Json.Nodes;
using Briefing.Tests.Support;

namespace Briefing.Tests.Editor;

/// <summary>
/// In a briefing made by <c>briefing init</c>, VS Code's YAML language server finds every schema through the
/// briefing's own .vscode/settings.json: files as init wrote them get no diagnostic (so no "Unable to load
/// schema" either), and an unknown key in a claims file is underlined with the schema's message.
/// </summary>
public sealed class YamlLanguageServerTests
{
    [Fact]
    public async Task AnInitBriefingsSchemasResolveAndCatchAnUnknownKey()
    {
        using var folder = TempFolder.Create();
        Assert.Equal(0, CliRun.Of("init", folder.Path, "--title", "Test", "--base-url", "https://example.org/").ExitCode);
        await using var server = await LanguageServerClient.StartAsync(folder.Path);

        string[] asWritten = ["input/site.yml", "input/sources/library-sundays.yml", "input/claims/library.yml", "input/events.yml", "input/entities.yml"];
        foreach (var file in asWritten)
        {
            var clean = await server.DiagnosticsForAsync(folder.Path, file, await File.ReadAllTextAsync(Path.Combine(folder.Path, file)));
            Assert.True(clean.Count == 0, $"{file}: {clean.ToJsonString()}");
        }

        var measures = await server.DiagnosticsForAsync(folder.Path, "input/measures.yml", "- id: visitors\n  label: Visitors\n  unit: people a day\n");
        Assert.True(measures.Count == 0, measures.ToJsonString());

        var claims = File.ReadAllText(Path.Combine(folder.Path, "input/claims/library.yml")).Replace("  credibility: 2\n", "  credibility: 2\n  colour: blue\n", StringComparison.Ordinal);
        var diagnostics = await server.DiagnosticsForAsync(folder.Path, "input/claims/more.yml", claims);
        var unknown = Assert.Single(diagnostics);
        Assert.Contains("colour", unknown!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(".vscode/schemas/claims.schema.json", unknown["data"]?["schemaUri"]?.ToJsonString() ?? "", StringComparison.Ordinal);
        Assert.Equal(LineOf(claims, "colour"), unknown["range"]!["start"]!["line"]!.GetValue<int>());
    }

    private static int LineOf(string text, string word) => text.Split('\n').ToList().FindIndex(l => l.Contains(word, StringComparison.Ordinal));
}
