namespace Briefing.Model;

/// <summary>What sort of statement a claim is. Written in YAML as <c>report</c>, <c>forecast</c>, <c>assessment</c>.</summary>
public enum ClaimKind
{
    /// <summary>report (the default): something that happened or is the case.</summary>
    Report,

    /// <summary>forecast: something somebody expects to happen.</summary>
    Forecast,

    /// <summary>assessment: an analyst's judgement.</summary>
    Assessment,
}

/// <summary>How a forecast turned out. Written in YAML in kebab-case (<c>borne-out</c>).</summary>
public enum OutcomeStatus
{
    /// <summary>borne-out</summary>
    BorneOut,

    /// <summary>partly</summary>
    Partly,

    /// <summary>not-borne-out</summary>
    NotBorneOut,

    /// <summary>open: not yet known.</summary>
    Open,
}

/// <summary>How a source hedges a figure. Written in YAML in kebab-case (<c>at-least</c>).</summary>
public enum FigureQualifier
{
    /// <summary>exact (the default): the value alone.</summary>
    Exact,

    /// <summary>about: 10 % either side of the value.</summary>
    About,

    /// <summary>nearly: up to 10 % below the value.</summary>
    Nearly,

    /// <summary>at-least: the value or anything above it.</summary>
    AtLeast,

    /// <summary>more-than: anything above the value.</summary>
    MoreThan,

    /// <summary>up-to: the value or anything below it.</summary>
    UpTo,

    /// <summary>fewer-than: anything below the value.</summary>
    FewerThan,
}
