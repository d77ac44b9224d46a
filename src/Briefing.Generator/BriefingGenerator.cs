namespace Briefing.Generator;

/// <summary>
/// Writes a synthetic briefing of any size into a folder: valid under the content format, with the
/// seed briefing's shape, and byte-identical for the same options.
/// </summary>
public static class BriefingGenerator
{
    /// <summary>Writes the briefing for <paramref name="options"/> under <paramref name="root"/> (input/ and seeds/).</summary>
    /// <returns>The counts written.</returns>
    public static BriefingShape Write(string root, GeneratorOptions options)
    {
        var shape = BriefingShape.For(options.Sources);
        var plan = new Plan { Shape = shape };
        var random = new Prng(options.Seed);
        CatalogPlanner.Plan(plan);
        var places = CatalogPlanner.OfKind(plan, "place");
        var actors = CatalogPlanner.OfKind(plan, "person", "organization");
        SourcePlanner.Plan(plan, random, places);
        var sentences = new string[shape.Sources, ClaimPlanner.Slots];
        ClaimPlanner.Plan(plan, random, places, actors, sentences);
        EventPlanner.Plan(plan, random, places);

        SourceWriter.Write(root, plan, random, sentences, options.FormatV2);
        ClaimWriter.Write(root, plan, options.FormatV2);
        EventWriter.Write(root, plan);
        CatalogWriter.Write(root, plan, random);
        return shape;
    }
}
