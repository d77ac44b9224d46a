namespace Briefing.Text;

/// <summary>How a quote relates to its source's text.</summary>
public enum QuoteMatchKind
{
    /// <summary>The quote occurs exactly once in the quotable text.</summary>
    Found,

    /// <summary>The quote occurs more than once; the editor must quote more words.</summary>
    Ambiguous,

    /// <summary>The quote occurs only in lines declared as boilerplate.</summary>
    InBoilerplate,

    /// <summary>The quote does not occur at all.</summary>
    NotFound,
}
