namespace Briefing.Generator;

/// <summary>
/// Word lists for the synthetic texts. The place names are made up from syllables, so that a
/// generated briefing never reads as a report about a real place.
/// </summary>
internal static class Words
{
    public static readonly string[] Syllables =
        ["ka", "ro", "ven", "mi", "tol", "sa", "dor", "le", "nik", "pa", "bru", "zel", "ost", "ga", "rin", "ve", "lum", "ta", "kor", "pi", "sen", "da", "mur", "el"];

    public static readonly string[] FirstNames =
        ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas", "Kira", "Lev", "Mira", "Nils", "Olga", "Pavel", "Rosa", "Sven", "Tamar", "Viktor"];

    public static readonly string[] LastNames =
        ["Adler", "Brandt", "Cerny", "Dahl", "Eskin", "Falk", "Gorin", "Holm", "Ivers", "Jansen", "Kovac", "Lind", "Moreau", "Novak", "Orlov", "Petrov", "Quist", "Roth", "Sorel", "Tanaka"];

    public static readonly string[] Bodies =
        ["Ministry of Defence", "General Staff", "Border Guard Service", "Intelligence Directorate", "Foreign Ministry", "Monitoring Mission", "Defence Council", "Emergency Service"];

    public static readonly string[] Units =
        ["Guards Brigade", "Rifle Division", "Marine Brigade", "Artillery Regiment", "Air Assault Brigade", "Drone Battalion"];

    public static readonly string[] Publishers =
        ["Northern Wire", "The Daily Ledger", "Front Line Monitor", "Eastern Herald", "Capital Observer", "Open Brief", "The Morning Post", "Regional Tribune",
         "Press Agency Nord", "The Weekly Review", "Coastal Times", "Civic Radio", "Border News", "The Evening Standard Review", "Field Notes", "The Correspondent",
         "Analysis Quarterly", "The Dispatch", "Signal Desk", "Highland Gazette", "The Sentinel", "River Valley News", "Metro Journal", "The Bulletin",
         "Harbour Report", "Plains Courier", "Summit Daily", "The Examiner", "Lakeside Voice", "Union Press", "The Chronicle East", "Northern Lights Media",
         "The Record", "Westgate Post", "Central Wire", "The Compass", "Inland Reporter"];

    public static readonly string[] Nouns =
        ["soldiers", "armoured vehicles", "drones", "artillery pieces", "trucks", "supply depots", "air-defence systems", "training camps", "field hospitals", "rail cars"];

    public static readonly string[] Verbs =
        ["moved towards", "were seen near", "were withdrawn from", "arrived at", "were destroyed near", "were counted at", "gathered outside", "were reported around"];

    public static readonly string[] Reporters =
        ["Officials said", "A spokesperson said", "Witnesses reported", "Satellite images suggest", "According to the ministry,", "Local residents said", "Analysts estimate", "Commanders told reporters"];

    public static readonly string[] Corroborations =
        ["Separately,", "Another account confirms that", "A second report says", "Independent monitors wrote that", "In a later statement,"];

    public static readonly string[] Fillers =
        ["The situation remained tense through the night.", "Further details were not immediately available.", "The report could not be independently verified.",
         "Weather conditions hampered movement in the area.", "Both sides traded accusations over the incident.", "Diplomats called for restraint."];

    public static readonly string[] TopicThemes =
        ["Troop movements", "Supply lines", "Air defence", "Casualty reports", "Diplomatic reaction", "Training and recruitment", "Border incidents", "Drone warfare",
         "Civilian impact", "Weapons deliveries", "Command changes", "Prisoner exchanges"];

    public static readonly string[] MeasureThemes =
        ["soldiers deployed", "vehicles lost", "drones launched", "shells fired per day", "people displaced", "prisoners exchanged", "kilometres advanced"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A made-up capitalised name for <paramref name="n"/>; distinct numbers below 24³ give distinct names.</summary>
    public static string Name(int n)
    {
        var a = Syllables[n % 24];
        var b = Syllables[n / 24 % 24];
        var c = Syllables[n / 576 % 24];
        var name = a + b + c;
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>Lower-case words joined by hyphens, for ids.</summary>
    public static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
