using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A quote from a source and how it bears on its claim.</summary>
public sealed record Evidence(IdRef Source, string Quote, SourceLocation QuoteLocation, Stance Stance, SourceLocation Location);
