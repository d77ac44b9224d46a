using Briefing.Model;
using Briefing.Text;

namespace Briefing.Scaffolding;

/// <summary>
/// <c>briefing new claim</c>: appends a claim skeleton that passes validation to a claims file: a placeholder
/// statement, a topic, and evidence quoting a sentence of a source, for the editor to replace.
/// </summary>
public static class ClaimScaffold
{
    /// <summary>Where a claim goes when neither a file nor a topic is given.</summary>
    public const string DefaultFile = "input/claims/new.yml";

    /// <summary>The statement the editor replaces.</summary>
    public const string StatementPlaceholder = "TODO state the claim in one checkable sentence";

    /// <summary>The quote, when no sentence of the source can be quoted as it stands.</summary>
    public const string QuotePlaceholder = "TODO copy the words of the source that support the statement";

    /// <summary>Appends the claim; the file's existing bytes are kept.</summary>
    /// <param name="root">The briefing's root folder.</param>
    /// <param name="topic">Its topic; null for the first topic in the site's order.</param>
    /// <param name="source">The source its evidence quotes; null for the first source no claim cites, else the latest.</param>
    /// <param name="file">The claims file; null for the file that holds most of the topic's claims (with a topic given), else <see cref="DefaultFile"/>.</param>
    /// <param name="id">Its id; null for the next free <c>claim-N</c>.</param>
    public static ScaffoldResult Write(string root, string? topic, string? source, string? file, string? id)
    {
        if (Arguments.InvalidId(("--id", id), ("--topic", topic), ("--source", source)) is { } invalid)
        {
            return invalid;
        }

        string? relative = null;
        if (file is not null && (relative = Arguments.ClaimsFile(Path.GetFullPath(root), file, out var badFile)) is null)
        {
            return ScaffoldResult.Invalid(badFile!);
        }

        if (ExistingBriefing.Open(root, out var noBriefing) is not { } briefing)
        {
            return ScaffoldResult.Refuse(noBriefing!);
        }

        var content = briefing.Content;
        var chosenTopic = topic is null ? briefing.FirstTopic()?.Id : content.Topics.FirstOrDefault(t => t.Id == topic)?.Id;
        if (chosenTopic is null)
        {
            return topic is null
                ? ScaffoldResult.Refuse("there is no topic yet, and a claim needs one; create it first: briefing new topic <slug>")
                : Arguments.Unknown("topic", topic, content.Topics.Select(t => t.Id), $"create it first: briefing new topic {topic}");
        }

        var chosenSource = source is null ? briefing.LikeliestSource() : content.Sources.FirstOrDefault(s => s.Id == source);
        if (chosenSource is null)
        {
            return source is null
                ? ScaffoldResult.Refuse("there is no source yet, and a claim's evidence needs one; create it first: briefing new source seeds/<file>.txt")
                : Arguments.Unknown("source", source, content.Sources.Select(s => s.Id), "create it first: briefing new source seeds/<file>.txt");
        }

        var taken = briefing.ClaimIds();
        if (id is not null && taken.Contains(id))
        {
            return ScaffoldResult.Refuse($"there is already a claim '{id}'; choose another --id");
        }

        var chosenId = id ?? NextFreeId.Numbered("claim", taken);
        relative ??= topic is null ? DefaultFile : FileOfTopic(content, topic);
        var quote = SuggestQuote(briefing, chosenSource);
        var problem = SequenceFile.Append(briefing, relative, Item(chosenId, chosenTopic, chosenSource.Id, quote ?? QuotePlaceholder), "claims");
        if (problem is not null)
        {
            return ScaffoldResult.Refuse(problem);
        }

        var notes = new List<string>
        {
            $"next: write the statement, replace the example quote with the words of '{chosenSource.Id}' that support it, grade its credibility, and give it a descriptive id before anything links to it; then run 'briefing validate'",
        };
        if (topic is null)
        {
            notes.Add($"its topic is '{chosenTopic}' because none was given (--topic); change it if that is wrong");
        }

        if (source is null)
        {
            notes.Add($"its evidence quotes '{chosenSource.Id}' because no source was given (--source): the first source no claim cited, else the latest published");
        }

        if (quote is null)
        {
            notes.Add($"no sentence of '{chosenSource.Id}' could be quoted as it stands, so the quote is a placeholder; 'briefing validate' reports BRF012 until you replace it with words of the source");
        }

        return ScaffoldResult.Wrote("claim", chosenId, relative, notes);
    }

    /// <summary>The claims file that holds most of the topic's claims; the first such file on a tie; a file named after the topic when none does.</summary>
    private static string FileOfTopic(BriefingContent content, string topic) =>
        content.Claims
            .Where(c => c.Topics.Any(t => t.Id == topic))
            .GroupBy(c => c.Location.File, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? $"input/claims/{topic}.yml";

    private static string? SuggestQuote(ExistingBriefing briefing, Source source)
    {
        if (source.TextPath.Length == 0 || SeedText.Read(briefing.Root, source.TextPath, out _) is not { } text)
        {
            return null;
        }

        var quoted = briefing.Content.Claims.SelectMany(c => c.Evidence).Where(e => e.Source.Id == source.Id).Select(e => e.Quote).ToList();
        return QuoteSuggester.Suggest(new ArticleText(text, source.Boilerplate), quoted);
    }

    private static string[] Item(string id, string topic, string source, string quote) =>
    [
        $"- id: {id}",
        $"  statement: {StatementPlaceholder}",
        $"  topics: {YamlText.IdList([topic])}",
        "  # credibility: 6   # 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged (the default)",
        "  # also optional: attributed_to, entities, figure, related, notes (see 'briefing docs format')",
        "  evidence:",
        $"    - source: {source}",
        "      # an example taken from the source: replace it with the words that support the statement",
        $"      quote: {YamlText.Scalar(quote)}",
        "      # stance: supports   # supports (the default) | contradicts | context",
    ];
}
