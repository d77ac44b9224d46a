namespace Briefing.Generator;

/// <summary>An entity of the generated briefing.</summary>
internal sealed record PlannedEntity(string Id, string Name, string Kind);

/// <summary>A measure: its id, label and unit (the unit doubles as the noun its figures count).</summary>
internal sealed record PlannedMeasure(string Id, string Label, string Unit);

/// <summary>A topic and the claims filed under it first.</summary>
internal sealed record PlannedTopic(string Id, string Title, List<int> Claims);

/// <summary>A source article: its metadata and the sentences of its text.</summary>
internal sealed record PlannedSource(int Index, string Id, string Title, string Publisher, DateOnly Published, string PublishedText, bool HasBoilerplate)
{
    public List<string> Sentences { get; } = [];
}

/// <summary>One piece of evidence: the source quoted, the quote, its stance and claimant.</summary>
internal sealed record PlannedEvidence(int Source, string Quote, string? Stance, string? Claimant);

/// <summary>A claim with everything its YAML will say.</summary>
internal sealed class PlannedClaim
{
    public required string Id { get; init; }
    public required string Statement { get; init; }
    public required int Source { get; init; }
    public required List<int> Topics { get; init; }
    public string? Kind { get; set; }
    public int Credibility { get; set; }
    public string? AttributedTo { get; set; }
    public List<string> Entities { get; } = [];
    public (int Measure, int Value, string? Qualifier)? Figure { get; set; }
    public List<PlannedEvidence> Evidence { get; } = [];
    public List<int> Related { get; } = [];
    public (string Status, int? Claim)? Outcome { get; set; }
    public string? Notes { get; set; }
}

/// <summary>An event of the chronology.</summary>
internal sealed record PlannedEvent(string Id, string Date, string Month, string Title, List<int> Claims, int Topic, string? Place, string? Summary);

/// <summary>The whole generated briefing, planned in memory before any file is written.</summary>
internal sealed class Plan
{
    public required BriefingShape Shape { get; init; }
    public List<PlannedEntity> Entities { get; } = [];
    public List<PlannedMeasure> Measures { get; } = [];
    public List<PlannedTopic> Topics { get; } = [];
    public List<PlannedSource> Sources { get; } = [];
    public List<PlannedClaim> Claims { get; } = [];
    public List<PlannedEvent> Events { get; } = [];
}
