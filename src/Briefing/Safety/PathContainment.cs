namespace Briefing.Safety;

/// <summary>
/// Decides whether a path, once every symbolic link on the way to it is followed, still lies inside
/// a folder (the briefing's root, or a theme named on the command line). Content comes from pull
/// requests, so a link in it is untrusted: one that leads elsewhere must never be read.
/// </summary>
public static class PathContainment
{
    // git's own folder is inside a checkout but is no content: CI's checkout keeps its access token in
    // .git/config, so a link into it would publish the token. Nothing the build reads may resolve there.
    private const string GitFolder = ".git";

    // Linux gives up after 40 links on one path; a longer chain is a loop or an attack.
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The real path of <paramref name="path"/> (every link followed, as the system would) when it lies
    /// inside <paramref name="container"/> and not in its <c>.git</c>, so that the caller reads exactly what
    /// was checked; otherwise null and the <paramref name="problem"/>, naming the first link inside the
    /// container that leads out.
    /// </summary>
    public static string? Resolve(string container, string path, out ContainmentProblem? problem)
    {
        problem = null;
        var realContainer = RealPath(Path.GetFullPath(container), []);
        var links = new List<string>();
        var real = RealPath(Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path), links);
        var inGit = realContainer is not null && real is not null && IsInside(Path.Combine(realContainer, GitFolder), real);
        if (realContainer is not null && real is not null && IsInside(realContainer, real) && !inGit)
        {
            return real;
        }

        var inside = realContainer is null ? null : links.FirstOrDefault(l => IsInside(realContainer, l));
        var name = inside is not null
            ? Path.GetRelativePath(realContainer!, inside)
            : Path.GetRelativePath(Path.GetFullPath(container), Path.GetFullPath(path));
        var kind = real is null || realContainer is null ? ContainmentKind.LinkLoop
            : inGit ? ContainmentKind.GitFolder
            : inside is null ? ContainmentKind.PathOutside
            : ContainmentKind.LinkOutside;
        problem = new ContainmentProblem(name.Replace('\\', '/'), kind);
        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it (both full, link-free).</summary>
    public static bool IsInside(string folder, string path)
    {
        var f = Path.TrimEndingDirectorySeparator(folder);
        var p = Path.TrimEndingDirectorySeparator(path);
        return p.Equals(f, PathComparison)
            || (p.StartsWith(f, PathComparison) && (p[f.Length] == Path.DirectorySeparatorChar || f.EndsWith(Path.DirectorySeparatorChar)));
    }

    /// <summary>
    /// The path with every link resolved, segment by segment (what realpath(3) does, also for paths
    /// that do not exist yet); null for a chain of more than <see cref="MaxLinks"/> links.
    /// Each link followed is added to <paramref name="links"/> in order.
    /// </summary>
    private static string? RealPath(string full, List<string> links)
    {
        var current = Path.GetPathRoot(full) ?? "";
        var pending = new Stack<string>(Segments(full[current.Length..]).Reverse());
        while (pending.TryPop(out var segment))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, segment);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }

            links.Add(next);
            if (links.Count > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? current;
                target = target[current.Length..];
            }

            foreach (var part in Segments(target).Reverse())
            {
                pending.Push(part);
            }
        }

        return current;
    }

    private static string[] Segments(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable or absent: not a link we can follow; reading it later reports the problem.
            return null;
        }
    }
}
