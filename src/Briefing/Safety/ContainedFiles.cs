namespace Briefing.Safety;

/// <summary>A file found under a folder: the path it is known by, and the real path to read.</summary>
/// <param name="Path">The path as found, under the folder that was listed (links not followed).</param>
/// <param name="RealPath">The same file with every link followed; it lies inside the container.</param>
public sealed record ContainedFile(string Path, string RealPath);

/// <summary>
/// Lists the files under a folder the way the build may read them: a link (file or folder) whose
/// target is outside the container is reported and skipped, never listed or descended into, so not
/// even the names of what lies outside reach a message; a folder link back to an ancestor is reported
/// once instead of being walked for ever.
/// </summary>
public static class ContainedFiles
{
    /// <summary>
    /// Every file under <paramref name="folder"/> that resolves inside <paramref name="container"/>.
    /// Entries whose name <paramref name="skip"/> accepts are left out before anything is resolved.
    /// </summary>
    public static IEnumerable<ContainedFile> Enumerate(string container, string folder, Action<ContainmentProblem> report, Func<string, bool>? skip = null)
    {
        var real = PathContainment.Resolve(container, folder, out var problem);
        if (real is null)
        {
            report(problem!);
            return [];
        }

        if (!Directory.Exists(real))
        {
            return [];
        }

        var found = new List<ContainedFile>();
        Walk(container, folder, real, [real], found, report, skip ?? (_ => false));
        return found;
    }

    private static void Walk(string container, string named, string real, HashSet<string> ancestors, List<ContainedFile> found,
        Action<ContainmentProblem> report, Func<string, bool> skip)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(real).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (skip(name))
            {
                continue;
            }

            var child = PathContainment.Resolve(container, entry, out var problem);
            if (child is null)
            {
                report(problem!);
            }
            else if (Directory.Exists(child))
            {
                if (!ancestors.Add(child))
                {
                    report(new ContainmentProblem(Path.GetRelativePath(container, Path.Combine(named, name)).Replace('\\', '/'), ContainmentKind.LinkLoop));
                    continue;
                }

                Walk(container, Path.Combine(named, name), child, ancestors, found, report, skip);
                ancestors.Remove(child);
            }
            else if (File.Exists(child))
            {
                found.Add(new ContainedFile(Path.Combine(named, name), child));
            }
        }
    }
}
