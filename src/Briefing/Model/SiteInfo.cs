using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>input/site.yml.</summary>
public sealed record SiteInfo(
    string Title,
    string? Tagline,
    Uri BaseUrl,
    string Language,
    string? Description,
    MarkdownText? KeyJudgments,
    SourceLocation Location);
