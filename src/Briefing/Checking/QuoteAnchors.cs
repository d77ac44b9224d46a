using Briefing.Model;
using Briefing.Text;

namespace Briefing.Checking;

/// <summary>The article texts that were read, and where each piece of evidence stands in its text.</summary>
public sealed class QuoteAnchors
{
    private readonly IReadOnlyDictionary<Evidence, TextSpan> _spans;

    internal QuoteAnchors(IReadOnlyDictionary<string, ArticleText> articles, IReadOnlyDictionary<Evidence, TextSpan> spans)
    {
        Articles = articles;
        _spans = spans;
    }

    /// <summary>Article texts by source id (only those that could be read).</summary>
    public IReadOnlyDictionary<string, ArticleText> Articles { get; }

    /// <summary>Where <paramref name="evidence"/> was anchored, if it was.</summary>
    public TextSpan? SpanOf(Evidence evidence) => _spans.TryGetValue(evidence, out var span) ? span : null;
}
