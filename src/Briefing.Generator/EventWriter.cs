using System.Text;

namespace Briefing.Generator;

/// <summary>
/// Writes the chronology split by month: the first month in input/events.yml, each later month in
/// input/events/&lt;yyyy-mm&gt;.yml, so that both places the format allows are used.
/// </summary>
internal static class EventWriter
{
    public static void Write(string root, Plan plan)
    {
        var months = plan.Events.GroupBy(e => e.Month).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < months.Count; i++)
        {
            var yaml = new StringBuilder($"# Generated events of {months[i].Key}.\n");
            foreach (var e in months[i])
            {
                Append(yaml, plan, e);
            }

            Files.Write(root, i == 0 ? "input/events.yml" : $"input/events/{months[i].Key}.yml", yaml.ToString());
        }
    }

    private static void Append(StringBuilder yaml, Plan plan, PlannedEvent e)
    {
        yaml.Append("\n- id: ").Append(e.Id).Append('\n');
        yaml.Append("  date: ").Append(Yaml.Quoted(e.Date)).Append('\n');
        yaml.Append("  title: ").Append(Yaml.Quoted(e.Title)).Append('\n');
        yaml.Append("  claims: ").Append(Yaml.List(e.Claims.Select(c => plan.Claims[c].Id))).Append('\n');
        yaml.Append("  topics: [").Append(plan.Topics[e.Topic].Id).Append("]\n");
        if (e.Place is not null)
        {
            yaml.Append("  places: [").Append(e.Place).Append("]\n");
        }

        if (e.Summary is not null)
        {
            Yaml.Block(yaml, "  ", "summary", e.Summary);
        }
    }
}
