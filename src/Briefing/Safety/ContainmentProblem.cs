namespace Briefing.Safety;

/// <summary>Why a path may not be read.</summary>
public enum ContainmentKind
{
    /// <summary>A symbolic link on the way leads outside the folder.</summary>
    LinkOutside,

    /// <summary>Links on the way lead round in a circle (or too long a chain).</summary>
    LinkLoop,

    /// <summary>The path itself names a place outside the folder.</summary>
    PathOutside,

    /// <summary>The path (through a link) leads into the folder's <c>.git</c>, git's own files.</summary>
    GitFolder,
}

/// <summary>A path that resolves outside the folder it must stay in.</summary>
/// <param name="Link">The link that leads out (or the path itself), relative to the folder, with '/'.</param>
/// <param name="Kind">What is wrong with it.</param>
public sealed record ContainmentProblem(string Link, ContainmentKind Kind)
{
    /// <summary>
    /// The message for a diagnostic, naming <paramref name="displayPrefix"/> + the link. It never names
    /// the link's target nor anything read from it: that is outside the briefing and may be secret.
    /// </summary>
    public string Message(string displayPrefix = "") => Kind switch
    {
        ContainmentKind.LinkLoop =>
            $"'{displayPrefix}{Link}' is a chain of links that goes round in a circle; it is not read (replace the link with the file itself)",
        ContainmentKind.GitFolder =>
            $"'{displayPrefix}{Link}' leads into the briefing's .git folder, which is git's own and never read (in CI it holds the checkout's access token); replace the link with the file itself",
        ContainmentKind.PathOutside =>
            $"'{displayPrefix}{Link}' is outside the briefing's folder and is not read",
        _ =>
            $"'{displayPrefix}{Link}' is a link that leads outside the briefing's folder; it is not read (links may only point inside the briefing: replace the link with the file itself)",
    };
}
