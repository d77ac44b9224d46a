using Briefing.Dates;
using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A dated event of the chronology, backed by claims.</summary>
public sealed record ChronologyEvent(
    string Id,
    EdtfDate Date,
    MarkdownText Title,
    IReadOnlyList<IdRef> Claims,
    IReadOnlyList<IdRef> Topics,
    IReadOnlyList<IdRef> Places,
    MarkdownText? Summary,
    SourceLocation Location);
