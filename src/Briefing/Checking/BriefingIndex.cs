using Briefing.Model;

namespace Briefing.Checking;

/// <summary>
/// Every kind of thing by id, built once. Where an id is given twice, the first wins here
/// (the duplicate is reported by <see cref="IdChecker"/>).
/// </summary>
public sealed class BriefingIndex
{
    private readonly Dictionary<string, Entity> _entitiesByName;

    /// <summary>Indexes <paramref name="content"/>.</summary>
    public BriefingIndex(BriefingContent content)
    {
        Sources = ById(content.Sources, s => s.Id);
        Claims = ById(content.Claims, c => c.Id);
        Topics = ById(content.Topics, t => t.Id);
        Pages = ById(content.Pages, p => p.Id);
        Events = ById(content.Events, e => e.Id);
        Entities = ById(content.Entities, e => e.Id);
        Measures = ById(content.Measures, m => m.Id);
        _entitiesByName = EntitiesByName(content.Entities);
    }

    /// <summary>Sources by id.</summary>
    public IReadOnlyDictionary<string, Source> Sources { get; }

    /// <summary>Claims by id.</summary>
    public IReadOnlyDictionary<string, Claim> Claims { get; }

    /// <summary>Topics by id.</summary>
    public IReadOnlyDictionary<string, Topic> Topics { get; }

    /// <summary>Free pages by id.</summary>
    public IReadOnlyDictionary<string, Page> Pages { get; }

    /// <summary>Events by id.</summary>
    public IReadOnlyDictionary<string, ChronologyEvent> Events { get; }

    /// <summary>Entities by id.</summary>
    public IReadOnlyDictionary<string, Entity> Entities { get; }

    /// <summary>Measures by id.</summary>
    public IReadOnlyDictionary<string, Measure> Measures { get; }

    /// <summary>
    /// The entity whose name, or failing that one of whose aliases, is <paramref name="name"/> (ignoring case and
    /// surrounding space); the first such entity in load order, or null.
    /// </summary>
    public Entity? EntityNamed(string name) => _entitiesByName.GetValueOrDefault(name.Trim());

    /// <summary>The ids of one kind, by the name used in cross-references ("claim", "source"…).</summary>
    public IEnumerable<string> IdsOf(string kind) => kind switch
    {
        "claim" => Claims.Keys,
        "source" => Sources.Keys,
        "topic" => Topics.Keys,
        "page" => Pages.Keys,
        "event" => Events.Keys,
        "entity" => Entities.Keys,
        "measure" => Measures.Keys,
        _ => [],
    };

    /// <summary>True when a thing of <paramref name="kind"/> has <paramref name="id"/>.</summary>
    public bool Contains(string kind, string id) => kind switch
    {
        "claim" => Claims.ContainsKey(id),
        "source" => Sources.ContainsKey(id),
        "topic" => Topics.ContainsKey(id),
        "page" => Pages.ContainsKey(id),
        "event" => Events.ContainsKey(id),
        "entity" => Entities.ContainsKey(id),
        "measure" => Measures.ContainsKey(id),
        _ => false,
    };

    private static Dictionary<string, Entity> EntitiesByName(IEnumerable<Entity> entities)
    {
        var map = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        var list = entities.ToList();
        foreach (var e in list)
        {
            map.TryAdd(e.Name.Trim(), e);
        }

        foreach (var e in list)
        {
            foreach (var alias in e.Aliases)
            {
                map.TryAdd(alias.Trim(), e);
            }
        }

        return map;
    }

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(id(item), item);
        }

        return map;
    }
}
