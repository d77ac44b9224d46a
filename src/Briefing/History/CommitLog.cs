namespace Briefing.History;

/// <summary>
/// Lists the commits that changed input/, oldest first along the first-parent line (so a merged
/// branch counts as the merge commit that brought it in), each with the files it changed.
/// </summary>
internal static class CommitLog
{
    /// <summary>One changed file: its path relative to the root and its new content's blob id (null when deleted).</summary>
    public sealed record FileChange(string Path, string? NewBlob);

    /// <summary>A commit and the files under input/ it changed.</summary>
    public sealed record Entry(CommitInfo Commit, IReadOnlyList<FileChange> Files);

    /// <summary>git's format for a commit's header: id, date, subject, separated by unit separators.</summary>
    public const string HeaderFormat = "%x1e%H%x1f%cI%x1f%s";

    /// <summary>Every first-parent commit of HEAD, newest first.</summary>
    public static IReadOnlyList<string>? FirstParentLine(string root)
    {
        var output = GitCommand.Run(root, "rev-list", "--first-parent", "HEAD");
        return output is { ExitCode: 0 } ? output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : null;
    }

    /// <summary>The commits after <paramref name="since"/> (all when null) up to HEAD that changed input/, oldest first.</summary>
    public static IReadOnlyList<Entry>? Read(string root, string? since)
    {
        var output = GitCommand.Run(root, "log", "--first-parent", "--reverse", "--raw", "-z", "--no-abbrev", "--no-renames",
            "--relative", "--format=" + HeaderFormat, since is null ? "HEAD" : since + "..HEAD", "--", "input");
        return output is { ExitCode: 0 } ? Parse(output.Text) : null;
    }

    /// <summary>Reads a header written with <see cref="HeaderFormat"/>.</summary>
    public static CommitInfo? ParseHeader(string header)
    {
        var f = header.Split('\u001f');
        return f.Length >= 3 ? new CommitInfo(f[0], f[1], string.Join(' ', f[2..])) : null;
    }

    // "-z --raw" gives: RS header NUL "\n" then, per file, ":mode mode old new status" NUL path NUL.
    private static List<Entry> Parse(string text)
    {
        var entries = new List<Entry>();
        foreach (var chunk in text.Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = chunk.Split('\0');
            if (ParseHeader(fields[0]) is not { } commit)
            {
                continue;
            }

            var files = new List<FileChange>();
            for (var i = 1; i + 1 < fields.Length; i++)
            {
                var raw = fields[i].TrimStart('\n');
                if (!raw.StartsWith(':'))
                {
                    continue;
                }

                var parts = raw.Split(' ');
                var path = fields[++i];
                var isFile = parts[1].StartsWith("100", StringComparison.Ordinal);
                files.Add(new FileChange(path, parts[4] == "D" || !isFile ? null : parts[3]));
            }

            entries.Add(new Entry(commit, files));
        }

        return entries;
    }
}
