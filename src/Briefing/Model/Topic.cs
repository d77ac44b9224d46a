using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>input/topics/&lt;id&gt;.md: a topic and the editor's briefing on it.</summary>
public sealed record Topic(string Id, string Title, string? Summary, int? Order, MarkdownText Body, SourceLocation Location);
