namespace Briefing.Site.Html;

/// <summary>
/// HTML the generator produced itself (rendered Markdown, highlighted articles, SVG charts).
/// Templates write it as is; every other value they write is escaped. Content can never
/// create one of these, so content can never reach a page as markup.
/// </summary>
public sealed class HtmlString(string html)
{
    /// <summary>Nothing.</summary>
    public static readonly HtmlString Empty = new("");

    /// <summary>The markup.</summary>
    public string Value { get; } = html;

    /// <summary>True when there is no markup.</summary>
    public bool IsEmpty => Value.Length == 0;

    /// <inheritdoc />
    public override string ToString() => Value;
}
