namespace Briefing.Scaffolding;

/// <summary>How a scaffolding request ended.</summary>
public enum ScaffoldStatus
{
    /// <summary>The skeleton was written.</summary>
    Written,

    /// <summary>The request is malformed in itself (an invalid id or date): a wrong command line.</summary>
    InvalidRequest,

    /// <summary>The briefing does not allow it (a missing file, an unknown reference, a file that exists): nothing was written.</summary>
    Refused,
}

/// <summary>
/// What <c>briefing new</c> did: the file it wrote and the id it chose, with what the editor should do next;
/// or, when nothing was written, one line saying why.
/// </summary>
public sealed record ScaffoldResult
{
    private ScaffoldResult(ScaffoldStatus status, string message)
    {
        Status = status;
        Message = message;
    }

    /// <summary>Whether anything was written, and if not, whose fault it was.</summary>
    public ScaffoldStatus Status { get; }

    /// <summary>What was written ("wrote input/claims/new.yml: claim 'claim-1'"), or why nothing was: always one line.</summary>
    public string Message { get; }

    /// <summary>The kind of thing written: source, claim, event or topic.</summary>
    public string? Kind { get; private init; }

    /// <summary>The id it was given.</summary>
    public string? Id { get; private init; }

    /// <summary>The file written or appended to, relative to the root, with '/'.</summary>
    public string? Path { get; private init; }

    /// <summary>What to do next, one line each: what to correct, and what validate will say until then.</summary>
    public IReadOnlyList<string> Notes { get; private init; } = [];

    /// <summary>True when the skeleton was written.</summary>
    public bool Succeeded => Status == ScaffoldStatus.Written;

    internal static ScaffoldResult Wrote(string kind, string id, string path, IReadOnlyList<string> notes) =>
        new(ScaffoldStatus.Written, $"wrote {path}: {kind} '{id}'") { Kind = kind, Id = id, Path = path, Notes = notes };

    internal static ScaffoldResult Invalid(string message) => new(ScaffoldStatus.InvalidRequest, OneLine(message));

    internal static ScaffoldResult Refuse(string message) => new(ScaffoldStatus.Refused, OneLine(message));

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
