namespace Briefing.Site.Search;

/// <summary>
/// One thing the search page can find: a claim, source, topic, event, entity, or a passage of an article.
/// </summary>
/// <param name="Kind">One of <c>claim</c>, <c>source</c>, <c>topic</c>, <c>event</c>, <c>entity</c>, <c>passage</c>.</param>
/// <param name="Title">The link text shown in the results; its words also rank a result higher.</param>
/// <param name="Url">
/// Site-relative, without the base path and without a leading slash (<c>claims/tram-extension-approved/</c>):
/// the browser prefixes the base path the site is served under.
/// </param>
/// <param name="Text">Plain text (a statement, a summary, a passage); indexed, and its start is shown as the snippet.</param>
/// <param name="Keywords">Further terms that find the document but are not shown: publisher, author, aliases, ids.</param>
public sealed record SearchDocument(string Kind, string Title, string Url, string Text, IReadOnlyList<string> Keywords)
{
    /// <summary>A claim's credibility code ("2"), shown as a badge on the result; empty for anything else.</summary>
    public string GradeCode { get; init; } = "";

    /// <summary>The grade in words ("probably true"); empty without a grade.</summary>
    public string GradeLabel { get; init; } = "";
}
