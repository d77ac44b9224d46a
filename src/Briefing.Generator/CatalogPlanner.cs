namespace Briefing.Generator;

/// <summary>Plans the entities, measures and topics: the fixed catalogue the claims refer to.</summary>
internal static class CatalogPlanner
{
    private static readonly string[] EntityKinds = ["person", "organization", "military-unit", "place", "country"];

    public static void Plan(Plan plan)
    {
        for (var i = 0; i < plan.Shape.Entities; i++)
        {
            var kind = EntityKinds[i % EntityKinds.Length];
            var name = kind switch
            {
                "person" => $"{Words.FirstNames[i / 5 % 20]} {Words.LastNames[i / 100 % 20]}",
                "organization" => $"{Words.Name(i)} {Words.Bodies[i / 5 % Words.Bodies.Length]}",
                "military-unit" => $"{Words.Name(i)} {Words.Units[i / 5 % Words.Units.Length]}",
                "place" => Words.Name(i),
                _ => $"Republic of {Words.Name(i)}",
            };
            plan.Entities.Add(new PlannedEntity($"{Words.Slug(name)}-{i}", name, kind));
        }

        for (var m = 0; m < plan.Shape.Measures; m++)
        {
            var theme = Words.MeasureThemes[m % Words.MeasureThemes.Length];
            var unit = theme.Split(' ')[0];
            var label = $"{char.ToUpperInvariant(theme[0])}{theme[1..]} in the {Words.Name(m + 7)} sector";
            plan.Measures.Add(new PlannedMeasure($"{Words.Slug(label)}-{m}", label, unit));
        }

        for (var t = 0; t < plan.Shape.Topics; t++)
        {
            var theme = Words.TopicThemes[t % Words.TopicThemes.Length];
            var title = t < Words.TopicThemes.Length ? theme : $"{theme} around {Words.Name(t + 3)}";
            plan.Topics.Add(new PlannedTopic(Words.Slug(title), title, []));
        }
    }

    /// <summary>The entities of one kind, by their index in the catalogue.</summary>
    public static List<int> OfKind(Plan plan, params string[] kinds) =>
        [.. Enumerable.Range(0, plan.Entities.Count).Where(i => kinds.Contains(plan.Entities[i].Kind))];
}
