namespace Briefing.Scaffolding.Init;

/// <summary>
/// The example content a new briefing starts with: one invented article about a town library, with its
/// source, a claim anchored in it, an entity, an event and a topic. It is neutral sample text of the tool's
/// own, valid as written, and shows each file kind once; the editors delete it when their own work begins.
/// </summary>
internal static class ExampleBriefing
{
    /// <summary>The title written when none was given; the site placeholder check reports it.</summary>
    public const string TitlePlaceholder = "TODO the briefing's title";

    /// <summary>The address written when none was given: .invalid can never be a real host.</summary>
    public const string BaseUrlPlaceholder = "https://your-briefing.invalid/";

    /// <summary>The files, relative to the new briefing's root.</summary>
    public static IEnumerable<(string Path, string Content)> Files(string? title, Uri? baseUrl)
    {
        yield return ("input/site.yml", Site(title, baseUrl));
        yield return ("seeds/library-sundays.txt", Article);
        yield return ("input/sources/library-sundays.yml", Source);
        yield return ("input/claims/library.yml", Claims);
        yield return ("input/entities.yml", Entities);
        yield return ("input/events.yml", Events);
        yield return ("input/topics/library.md", Topic);
    }

    private static string Site(string? title, Uri? baseUrl)
    {
        var titleLine = title is null
            ? $"title: {TitlePlaceholder}   # placeholder: 'briefing validate --strict' reports it until you replace it"
            : $"title: {YamlText.Scalar(title)}";
        var urlLine = baseUrl is null
            ? $"base_url: {BaseUrlPlaceholder}   # placeholder: the address the site will be published at"
            : $"base_url: {baseUrl}";
        return $"""
            # The site: its title, address and key judgments. The format reference ('briefing docs format')
            # describes every key; this file is the only one a briefing must have.
            {titleLine}
            {urlLine}
            tagline: What was reported, by whom, and when
            language: en
            key_judgments: |
              - The council has agreed to open the central library on Sundays; this example shows the format
                and is meant to be deleted.

            """;
    }

    // The article is the tool's own invention: no real town, council or newspaper is meant.
    private const string Article = """
        Town library to open on Sundays from May
        The town council agreed on Thursday to open the central library on Sundays, starting in May.
        The change will cost about 40,000 euros a year, paid from the culture budget, the council's finance officer said.
        Opening hours on weekdays stay as they are.
        Sign up for our newsletter

        """;

    private const string Source = """
        # An example source: one file per article, named for the source's id. Replace it with your own
        # ('briefing new source seeds/<file>.txt' writes one for an article text).
        title: Town library to open on Sundays from May
        text: seeds/library-sundays.txt
        published: 2025-04-10
        publisher: The Example Gazette
        kind: news-report
        reliability: C
        boilerplate:
          - Sign up for our newsletter
        notes: |
          An invented article that shows the format; delete it with the rest of the example.

        """;

    private const string Claims = """
        # Example claims: each rests on quotes that occur word for word in a source's text.
        # 'briefing new claim' appends a new one; 'briefing docs format' lists every key.
        - id: library-opens-on-sundays
          statement: The central library will open on Sundays from May.
          topics: [library]
          credibility: 2
          attributed_to: [town-council]
          evidence:
            - source: library-sundays
              quote: open the central library on Sundays, starting in May

        """;

    private const string Entities = """
        # The people, organisations and places that claims are about or that assert them.
        - id: town-council
          name: The town council
          kind: organization
          description: The elected council of the example town.

        """;

    private const string Events = """
        # The chronology: every event rests on at least one claim.
        - id: council-agrees-sunday-opening
          date: 2025-04-10
          title: The town council agrees to open the library on Sundays
          claims: [library-opens-on-sundays]
          topics: [library]

        """;

    private const string Topic = """
        ---
        title: The library's opening hours
        summary: What the council decided about opening the library on Sundays.
        order: 1
        ---
        The council [agreed to open the central library on Sundays](claim:library-opens-on-sundays)
        from May, according to [a local report](source:library-sundays).

        This topic is part of the example that `briefing init` writes. Replace it with your own topics,
        each a Markdown file in `input/topics/`.

        """;
}
