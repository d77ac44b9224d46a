namespace Briefing.Generator;

/// <summary>What to generate: the number of sources sets every other count (see <see cref="BriefingShape"/>).</summary>
/// <param name="Sources">How many source articles (each gives ten claims).</param>
/// <param name="Seed">The seed: the same seed and size always give the same bytes.</param>
/// <param name="FormatV2">
/// Whether to write the keys of format version 2 (the default) (claim kind and outcome, figure qualifier, evidence
/// claimant, archived copies). Without them a figure's "about" is written as version 1's <c>approx: true</c>
/// and the other keys are left out; everything else is the same.
/// </param>
public sealed record GeneratorOptions(int Sources, ulong Seed = 1, bool FormatV2 = true);
