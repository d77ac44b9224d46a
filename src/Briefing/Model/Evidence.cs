using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A quote from a source and how it bears on its claim.</summary>
public sealed record Evidence(IdRef Source, string Quote, SourceLocation QuoteLocation, Stance Stance, SourceLocation Location)
{
    /// <summary>
    /// The entity who, in this source, asserts what the quote says, when the editor names one. When null the
    /// claimant follows the contract's defaults (see <see cref="Checking.Claimants"/>).
    /// </summary>
    public IdRef? Claimant { get; init; }
}
