using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A quantity that sources give figures for.</summary>
public sealed record Measure(string Id, string Label, string Unit, MarkdownText? Description, SourceLocation Location);
