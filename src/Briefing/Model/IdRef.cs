using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A reference to something by id, with the place it was written, so a dangling one can be reported there.</summary>
public sealed record IdRef(string Id, SourceLocation Location);
