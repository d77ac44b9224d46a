using System.Text.Json;
using Briefing.Generator;
using Briefing.Generator.Hugo;

namespace Briefing.Tests.Scale;

/// <summary>
/// The Hugo side of the benchmark gets the same content as Briefing: a page per claim, source, topic, entity and
/// measure, each with the facts its layout shows. (Hugo itself is not needed here: CI does not install it.)
/// </summary>
public sealed class HugoExportTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "briefing-tests", "hugo-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EveryItemOfTheBriefingBecomesOneHugoPageWithItsFacts()
    {
        var briefing = Path.Combine(_work, "briefing");
        var hugo = Path.Combine(_work, "hugo");
        var shape = BriefingGenerator.Write(briefing, new GeneratorOptions(20, Seed: 5));

        var pages = HugoExport.Write(briefing, hugo);

        Assert.Equal(Count(hugo, "claims"), shape.Claims);
        Assert.Equal(Count(hugo, "sources"), shape.Sources);
        Assert.Equal(Count(hugo, "topics"), shape.Topics);
        Assert.Equal(Count(hugo, "entities"), shape.Entities);
        Assert.Equal(Count(hugo, "figures"), shape.Measures);
        Assert.Equal(shape.Claims + shape.Sources + shape.Topics + shape.Entities + shape.Measures + 7, pages);

        var claimFile = Directory.GetFiles(Path.Combine(hugo, "content", "claims")).Where(f => !f.EndsWith("_index.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        using var matter = JsonDocument.Parse(File.ReadAllText(claimFile).Split("\n\n")[0]);
        var evidence = matter.RootElement.GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.True(File.Exists(Path.Combine(hugo, "content", "sources", e.GetProperty("source").GetString() + ".md"))));
        using var events = JsonDocument.Parse(File.ReadAllText(Path.Combine(hugo, "data", "events.json")));
        Assert.Equal(shape.Events, events.RootElement.GetArrayLength());
    }

    [Fact]
    public void ABriefingWithErrorsIsNotExported()
    {
        var briefing = Path.Combine(_work, "briefing");
        BriefingGenerator.Write(briefing, new GeneratorOptions(2, Seed: 5));
        File.AppendAllText(Directory.GetFiles(Path.Combine(briefing, "input", "claims"))[0], "- id: [unclosed\n");

        Assert.Null(HugoExport.Write(briefing, Path.Combine(_work, "hugo")));
        Assert.False(Directory.Exists(Path.Combine(_work, "hugo")));
    }

    private static int Count(string hugo, string section) =>
        Directory.GetFiles(Path.Combine(hugo, "content", section), "*.md").Count(f => !f.EndsWith("_index.md", StringComparison.Ordinal));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
