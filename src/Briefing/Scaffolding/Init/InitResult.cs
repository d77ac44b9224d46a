namespace Briefing.Scaffolding.Init;

/// <summary>What <c>briefing init</c> did: the files it wrote and those it found and kept; or why it wrote nothing.</summary>
public sealed record InitResult
{
    private InitResult(ScaffoldStatus status, string message)
    {
        Status = status;
        Message = message;
    }

    /// <summary>Whether the briefing was written, and if not, whose fault it was.</summary>
    public ScaffoldStatus Status { get; }

    /// <summary>One line: what was done, or why nothing was.</summary>
    public string Message { get; }

    /// <summary>The files written, relative to the new root, with '/'.</summary>
    public IReadOnlyList<string> Written { get; private init; } = [];

    /// <summary>Files that existed already and were left as they were.</summary>
    public IReadOnlyList<string> Kept { get; private init; } = [];

    /// <summary>What to do next, one line each.</summary>
    public IReadOnlyList<string> Notes { get; private init; } = [];

    /// <summary>True when the briefing was written.</summary>
    public bool Succeeded => Status == ScaffoldStatus.Written;

    internal static InitResult Wrote(string root, IReadOnlyList<string> written, IReadOnlyList<string> kept, bool placeholders)
    {
        var notes = new List<string>();
        notes.AddRange(kept.Select(k => $"kept the existing '{k}' as it is; compare it with what init writes in an empty folder"));
        if (placeholders)
        {
            notes.Add("input/site.yml holds placeholders (title, base_url): replace them before publishing; 'briefing validate --strict' reports them until then");
        }

        notes.Add("the library example only shows the format: delete it (seeds/library-sundays.txt and the files that quote it) when you add your own articles");
        notes.Add($"next: cd {root} && briefing preview   (the format reference: briefing docs format)");
        return new InitResult(ScaffoldStatus.Written, $"started a briefing in {root}: {written.Count} files written")
        {
            Written = written,
            Kept = kept,
            Notes = notes,
        };
    }

    internal static InitResult Invalid(string message) => new(ScaffoldStatus.InvalidRequest, message);

    internal static InitResult Refuse(string message, IReadOnlyList<string>? written = null) =>
        new(ScaffoldStatus.Refused, written is { Count: > 0 } ? $"{message} (after writing {written.Count} files)" : message)
        {
            Written = written ?? [],
        };
}
