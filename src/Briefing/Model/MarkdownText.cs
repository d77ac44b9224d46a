using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>
/// Markdown as an editor wrote it. <see cref="Start"/> is where its first line stands in the file,
/// so a problem on line n of the Markdown is reported at <c>Start.Line + n</c>.
/// </summary>
/// <param name="Text">The Markdown.</param>
/// <param name="Start">The place of its first line.</param>
/// <param name="Inline">True for one-paragraph fields (statements, titles) rendered without a block.</param>
public sealed record MarkdownText(string Text, SourceLocation Start, bool Inline);
