using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>
/// Markdown as an editor wrote it. <see cref="Start"/> is where its first line stands in the file,
/// so a problem on line n of the Markdown is reported at <c>Start.Line + n</c>.
/// </summary>
/// <param name="Text">The Markdown.</param>
/// <param name="Start">The place of its first line.</param>
/// <param name="Inline">True for one-paragraph fields (statements, titles) rendered without a block.</param>
public sealed record MarkdownText(string Text, SourceLocation Start, bool Inline)
{
    /// <summary>For Markdown inside a YAML value: maps positions in the text back to the file, through YAML's folding.</summary>
    public Yaml.PositionMap? Positions { get; init; }

    /// <summary>Where line <paramref name="line"/>, column <paramref name="column"/> of the Markdown (both from 0) stands in the file.</summary>
    public SourceLocation Locate(int line, int column) =>
        Positions?.Locate(line, column) ?? (line == 0 ? Start with { Column = Start.Column + column } : Start.Offset(line, column + 1));
}
