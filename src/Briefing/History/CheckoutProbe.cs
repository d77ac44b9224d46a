namespace Briefing.History;

/// <summary>Finds out whether a briefing's root is in a git checkout that has its whole history, and which commit it is at.</summary>
internal static class CheckoutProbe
{
    /// <summary>What the probe found: the status, and the commit checked out when history is available.</summary>
    public sealed record Result(HistoryStatus Status, CommitInfo? Head);

    /// <summary>Probes <paramref name="root"/> with git.</summary>
    public static Result Probe(string root)
    {
        // Looking for .git first spares a process start on every preview rebuild of a folder outside git.
        if (!Directory.Exists(root) || !HasGitAbove(root))
        {
            return new Result(HistoryStatus.NotAGitCheckout, null);
        }

        var inside = GitCommand.Run(root, "rev-parse", "--is-inside-work-tree", "--is-shallow-repository");
        if (inside is not { ExitCode: 0 } || !inside.Text.StartsWith("true", StringComparison.Ordinal))
        {
            return new Result(HistoryStatus.NotAGitCheckout, null);
        }

        if (inside.Text.Split('\n')[1].Trim() == "true")
        {
            return new Result(HistoryStatus.ShallowClone, null);
        }

        var head = GitCommand.Run(root, "log", "-1", "--format=" + CommitLog.HeaderFormat, "HEAD");
        return head is { ExitCode: 0 } && CommitLog.ParseHeader(head.Text.Trim('\u001e', '\n', '\0')) is { } info
            ? new Result(HistoryStatus.Available, info)
            : new Result(HistoryStatus.NoCommits, null);
    }

    // A work tree has .git (a folder, or a file in a linked worktree or submodule) in it or a folder above.
    private static bool HasGitAbove(string root)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(root)); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return true;
            }
        }

        // GIT_DIR can point elsewhere; then git itself must be asked.
        return Environment.GetEnvironmentVariable("GIT_DIR") is { Length: > 0 };
    }
}
