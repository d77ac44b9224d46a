using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>input/pages/&lt;id&gt;.md: a free page such as "about".</summary>
public sealed record Page(string Id, string Title, string? Summary, MarkdownText Body, SourceLocation Location);
