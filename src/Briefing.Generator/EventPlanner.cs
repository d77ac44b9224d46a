using System.Globalization;

namespace Briefing.Generator;

/// <summary>Plans two events per source, each backed by claims of that source, at mixed date precisions.</summary>
internal static class EventPlanner
{
    public static void Plan(Plan plan, Prng random, List<int> places)
    {
        for (var s = 0; s < plan.Shape.Sources; s++)
        {
            var source = plan.Sources[s];
            var first = s * BriefingShape.ClaimsPerSource;
            for (var k = 0; k < BriefingShape.EventsPerSource; k++)
            {
                List<int> claims = k == 0 ? [first, first + 1] : [first + 5];
                var day = source.Published.AddDays(-random.Below(4));
                var place = random.Chance(0.5) ? plan.Entities[places[random.Below(places.Count)]].Id : null;
                var lead = plan.Claims[claims[0]].Statement;
                var title = lead[(lead.IndexOf(' ', StringComparison.Ordinal) + 1)..].TrimEnd('.');
                var summary = random.Chance(0.4) ? $"Reported by [the {source.Publisher} article](source:{source.Id})." : null;
                var topic = plan.Claims[claims[0]].Topics[0];
                plan.Events.Add(new PlannedEvent($"event-{s + 1:D5}-{k + 1}", DateText(random, day), day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    SourcePlanner.Capital(title), claims, topic, place, summary));
            }
        }
    }

    private static string DateText(Prng random, DateOnly day)
    {
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return random.Below(20) switch
        {
            0 or 1 => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            2 => Day(day) + "~",
            3 => Day(day) + "?",
            4 or 5 => $"{Day(day.AddDays(-2))}/{Day(day)}",
            _ => Day(day),
        };
    }
}
