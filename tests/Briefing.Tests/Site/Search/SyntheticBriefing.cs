using System.Globalization;
using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

/// <summary>
/// A large made-up briefing with a news-like vocabulary: real English words (with their uneven first
/// letters, which is what makes some shards bigger than others) drawn with a Zipf-like skew, plus
/// made-up names and numbers for the long tail. Seeded, so every run builds the same documents.
/// </summary>
internal static class SyntheticBriefing
{
    private static readonly string[] CommonWords = (
        "troops forces army military attack attacks strike strikes missile missiles drone drones war ceasefire " +
        "talks peace government minister president officials said says report reported according claims claimed " +
        "killed wounded civilians city region border front line offensive defense defence ukraine russia russian " +
        "ukrainian kyiv moscow kursk donetsk kharkiv zaporizhzhia sanctions aid weapons tanks artillery shells " +
        "soldiers battalion brigade commander general intelligence statement press conference spokesman agency " +
        "news media sources source evidence video footage images satellite analysis confirmed denied unverified " +
        "country countries state states united nations security council european union nato allies support " +
        "economy energy gas oil prices grain exports ports shipping sea black crimea bridge power plant nuclear " +
        "reactor station infrastructure damage damaged destroyed buildings residential school hospital children " +
        "people population refugees evacuation humanitarian corridor prisoners exchange negotiations delegation " +
        "meeting summit agreement deal proposal plan withdrawal advance advanced captured control village villages " +
        "town towns positions reinforcements mobilization conscription recruits casualties losses estimate figures " +
        "thousand hundreds million billion dollars euros budget contract company companies production factory").Split(' ');

    private static readonly string[] Kinds = ["claim", "source", "topic", "event", "entity"];

    public static SearchDocument[] Create(int count)
    {
        var random = new Random(20240805);
        var vocabulary = CommonWords.Concat(Enumerable.Range(0, 4000).Select(_ => MadeUpName(random))).ToArray();
        return [.. Enumerable.Range(0, count).Select(i => Document(i, random, vocabulary))];
    }

    /// <summary>The most frequent word of the vocabulary.</summary>
    public static string CommonestWord => CommonWords[0];

    private static SearchDocument Document(int i, Random random, string[] vocabulary)
    {
        var kind = Kinds[i % Kinds.Length];
        var title = Sentence(random, vocabulary, 6);
        var text = Sentence(random, vocabulary, 30) + " " + random.Next(1, 100_000).ToString("N0", CultureInfo.InvariantCulture);
        var id = $"{kind}-{i.ToString(CultureInfo.InvariantCulture)}";
        return new SearchDocument(kind, title, $"{kind}s/{id}/", text, [id, Sentence(random, vocabulary, 3)]);
    }

    /// <summary>Word rank r is drawn with probability about 1/r: a few words are everywhere, most are rare.</summary>
    private static string Sentence(Random random, string[] vocabulary, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[(int)Math.Pow(vocabulary.Length, random.NextDouble()) - 1]));

    private static string MadeUpName(Random random)
    {
        const string consonants = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        var length = random.Next(2, 5);
        var name = string.Concat(Enumerable.Range(0, length).Select(_ => $"{consonants[random.Next(consonants.Length)]}{vowels[random.Next(vowels.Length)]}"));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
