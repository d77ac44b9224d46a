using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>Reads the items of events.yml, entities.yml and measures.yml.</summary>
internal static class ListItemReaders
{
    public static ChronologyEvent? ReadEvent(YamlNode node, DiagnosticBag diagnostics)
    {
        var f = FieldReader.Open(node, "event", Vocabulary.EventKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var id = f.Id();
        var date = f.Date("date", required: true);
        var title = f.Markdown("title", required: true, inline: true);
        var claims = f.References("claims", required: true);
        var topics = f.References("topics");
        var places = f.References("places");
        var summary = f.Markdown("summary");
        return new ChronologyEvent(id, date ?? Placeholders.Date, title ?? Placeholders.Markdown(f.Location), claims, topics, places, summary, f.Location);
    }

    public static Entity? ReadEntity(YamlNode node, DiagnosticBag diagnostics)
    {
        var f = FieldReader.Open(node, "entity", Vocabulary.EntityKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var id = f.Id();
        var name = f.Text("name", required: true);
        var kind = f.Node("kind", required: true) is null ? null : f.Choice("kind", Vocabulary.EntityKinds);

        var aliases = f.Texts("aliases").Select(a => a.Value.Trim()).Where(a => a.Length > 0).ToList();
        var description = f.Markdown("description", inline: true);
        var wikidata = Wikidata(f);
        return new Entity(id, name ?? id, kind ?? EntityKind.Organization, aliases, description, wikidata, f.Location);
    }

    public static Measure? ReadMeasure(YamlNode node, DiagnosticBag diagnostics)
    {
        var f = FieldReader.Open(node, "measure", Vocabulary.MeasureKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var id = f.Id();
        var label = f.Text("label", required: true);
        var unit = f.Text("unit", required: true);
        var description = f.Markdown("description");
        return new Measure(id, label ?? id, unit ?? "", description, f.Location);
    }

    private static string? Wikidata(FieldReader f)
    {
        var value = f.Text("wikidata");
        if (value is null || (value.Length > 1 && value[0] == 'Q' && value[1] != '0' && value[1..].All(char.IsAsciiDigit)))
        {
            return value;
        }

        f.Diagnostics.Error(DiagnosticCodes.InvalidWikidataId, f.LocationOf("wikidata"),
            $"'{value}' is not a Wikidata item id: write Q followed by digits, e.g. Q42");
        return null;
    }
}
