using System.Globalization;
using System.Text;

namespace Briefing.Generator;

/// <summary>Writes each article's text under seeds/ and its metadata under input/sources/.</summary>
internal static class SourceWriter
{
    public const string Newsletter = "Sign up for our newsletter";
    public const string Share = "Share this article";

    public static void Write(string root, Plan plan, Prng random, string[,] sentences, bool formatV2)
    {
        foreach (var source in plan.Sources)
        {
            var seed = $"seeds/gen-{source.Index + 1:D5}.txt";
            Files.Write(root, seed, Text(source, random, sentences));
            Files.Write(root, $"input/sources/{source.Id}.yml", Metadata(source, seed, random, formatV2));
        }
    }

    private static string Text(PlannedSource source, Prng random, string[,] sentences)
    {
        var text = new StringBuilder(source.Title).Append('\n');
        var paragraph = new List<string>();
        for (var slot = 0; slot < ClaimPlanner.Slots; slot++)
        {
            paragraph.Add(sentences[source.Index, slot] ??
                $"Earlier estimates put the figure at {ClaimPlanner.CountIn(source.Index, slot).ToString("N0", CultureInfo.InvariantCulture)} for the wider region.");
            if (paragraph.Count == 3)
            {
                paragraph.Add(random.Pick(Words.Fillers));
                text.Append('\n').Append(string.Join(' ', paragraph)).Append('\n');
                paragraph.Clear();
            }

            if (slot == 5 && source.HasBoilerplate)
            {
                text.Append('\n').Append(Newsletter).Append('\n');
            }
        }

        if (source.HasBoilerplate)
        {
            text.Append('\n').Append(Share).Append('\n');
        }

        return text.ToString();
    }

    private static string Metadata(PlannedSource source, string seed, Prng random, bool formatV2)
    {
        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(Yaml.Quoted(source.Title)).Append('\n');
        yaml.Append("text: ").Append(seed).Append('\n');
        yaml.Append("published: ").Append(Yaml.Quoted(source.PublishedText)).Append('\n');
        yaml.Append("publisher: ").Append(Yaml.Quoted(source.Publisher)).Append('\n');
        if (random.Chance(0.5))
        {
            yaml.Append("author: ").Append(Yaml.Quoted($"{random.Pick(Words.FirstNames)} {random.Pick(Words.LastNames)}")).Append('\n');
        }

        yaml.Append("url: https://news.example.org/").Append(source.Id).Append('\n');
        if (random.Chance(0.3) && formatV2)
        {
            yaml.Append("archived: https://archive.example.org/").Append(source.Id).Append('\n');
        }

        yaml.Append("kind: ").Append(random.Chance(0.8) ? "news-report" : "official-statement").Append('\n');
        yaml.Append("reliability: ").Append("ABCDEF"[random.Below(6)]).Append('\n');
        if (source.HasBoilerplate)
        {
            yaml.Append("boilerplate:\n  - ").Append(Newsletter).Append("\n  - ").Append(Share).Append('\n');
        }

        if (source.PublishedText.Length < 10)
        {
            Yaml.Block(yaml, "", "notes", "The text gives no day of publication; the month is inferred from the events it reports.");
        }

        return yaml.ToString();
    }
}
