using System.Text;

namespace Briefing.Generator;

/// <summary>Writes site.yml, the entities, the measures, the topics and two free pages.</summary>
internal static class CatalogWriter
{
    public static void Write(string root, Plan plan, Prng random)
    {
        Files.Write(root, "input/site.yml", Site(plan));
        Files.Write(root, "input/entities.yml", Entities(plan, random));
        Files.Write(root, "input/measures.yml", Measures(plan));
        for (var t = 0; t < plan.Topics.Count; t++)
        {
            Files.Write(root, $"input/topics/{plan.Topics[t].Id}.md", Topic(plan, t));
        }

        Files.Write(root, "input/pages/about.md",
            "---\ntitle: About this briefing\n---\nThis briefing was generated for testing and benchmarking. Its sources, names and figures are invented.\n");
        Files.Write(root, "input/pages/methodology.md",
            "---\ntitle: Methodology\n---\nEvery claim quotes its sources word for word and is graded on the [Admiralty scale](https://en.wikipedia.org/wiki/Admiralty_code).\n");
    }

    private static string Site(Plan plan)
    {
        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(Yaml.Quoted($"A generated briefing of {plan.Shape.Sources} sources")).Append('\n');
        yaml.Append("tagline: Synthetic content for tests and benchmarks\n");
        yaml.Append("base_url: https://briefing.example.org/\n");
        yaml.Append("language: en\n");
        yaml.Append("description: A briefing generated from a seed, in the shape of a long-running real one.\n");
        var judgments = new StringBuilder();
        foreach (var c in Enumerable.Range(0, Math.Min(5, plan.Claims.Count)).Select(i => i * plan.Claims.Count / 5))
        {
            judgments.Append("- ").Append(plan.Claims[c].Statement.TrimEnd('.')).Append(" ([claim](claim:").Append(plan.Claims[c].Id).Append(")).\n");
        }

        Yaml.Block(yaml, "", "key_judgments", judgments.ToString().TrimEnd('\n'));
        return yaml.ToString();
    }

    private static string Entities(Plan plan, Prng random)
    {
        var yaml = new StringBuilder("# Generated entities.\n");
        foreach (var entity in plan.Entities)
        {
            yaml.Append("\n- id: ").Append(entity.Id).Append('\n');
            yaml.Append("  name: ").Append(Yaml.Quoted(entity.Name)).Append('\n');
            yaml.Append("  kind: ").Append(entity.Kind).Append('\n');
            if (entity.Kind == "person")
            {
                yaml.Append("  aliases: [").Append(Yaml.Quoted(entity.Name.Split(' ')[^1])).Append("]\n");
            }

            if (random.Chance(0.5))
            {
                yaml.Append("  description: ").Append(Yaml.Quoted($"A generated {entity.Kind.Replace('-', ' ')} named in the sources.")).Append('\n');
            }

            if (random.Chance(0.2))
            {
                yaml.Append("  wikidata: Q").Append(1000 + random.Below(900000)).Append('\n');
            }
        }

        return yaml.ToString();
    }

    private static string Measures(Plan plan)
    {
        var yaml = new StringBuilder("# Generated measures.\n");
        foreach (var measure in plan.Measures)
        {
            yaml.Append("\n- id: ").Append(measure.Id).Append('\n');
            yaml.Append("  label: ").Append(Yaml.Quoted(measure.Label)).Append('\n');
            yaml.Append("  unit: ").Append(measure.Unit).Append('\n');
        }

        return yaml.ToString();
    }

    private static string Topic(Plan plan, int t)
    {
        var topic = plan.Topics[t];
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Yaml.Quoted(topic.Title)).Append('\n');
        text.Append("summary: ").Append(Yaml.Quoted($"What the sources report on {topic.Title.ToLowerInvariant()}.")).Append('\n');
        text.Append("order: ").Append(t + 1).Append('\n');
        text.Append("---\n");
        text.Append("This topic follows ").Append(topic.Title.ToLowerInvariant()).Append(". The main reports:\n\n");
        foreach (var c in topic.Claims.Take(5))
        {
            var claim = plan.Claims[c];
            text.Append("- [").Append(claim.Statement.TrimEnd('.')).Append("](claim:").Append(claim.Id).Append("), in [the ")
                .Append(plan.Sources[claim.Source].Publisher).Append(" report](source:").Append(plan.Sources[claim.Source].Id).Append(").\n");
        }

        if (topic.Claims.Count > 0 && plan.Claims[topic.Claims[0]].Figure is { } figure)
        {
            text.Append("\nFor the numbers, see [").Append(plan.Measures[figure.Measure].Label.ToLowerInvariant())
                .Append("](measure:").Append(plan.Measures[figure.Measure].Id).Append(").\n");
        }

        return text.ToString();
    }
}
