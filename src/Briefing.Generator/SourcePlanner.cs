using System.Globalization;

namespace Briefing.Generator;

/// <summary>Plans the sources: publisher, date and headline of each article (its text comes with the claims).</summary>
internal static class SourcePlanner
{
    /// <summary>The first publication date; articles then follow each other over up to five years.</summary>
    public static readonly DateOnly Start = new(2021, 1, 4);

    public static void Plan(Plan plan, Prng random, List<int> places)
    {
        var sources = plan.Shape.Sources;
        var span = Math.Clamp(sources * 3, 30, 1826);
        for (var s = 0; s < sources; s++)
        {
            // Neighbouring sources have different publishers, so corroboration by a neighbour is independent.
            var publisher = Words.Publishers[s % Words.Publishers.Length];
            var published = Start.AddDays((int)((long)s * span / sources));
            var place = plan.Entities[places[s % places.Count]].Name;
            var title = $"{Capital(random.Pick(Words.Nouns))} {random.Pick(Words.Verbs)} {place}, report {s + 1} from the {random.Pick(Words.Bodies)}";
            var precision = random.Below(20);
            var text = precision switch
            {
                0 => published.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                1 => published.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "?",
                _ => published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var id = $"{Words.Slug(publisher)}-{s + 1:D5}";
            plan.Sources.Add(new PlannedSource(s, id, title, publisher, published, text, random.Chance(0.3)));
        }
    }

    public static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
