using System.ComponentModel;
using System.Diagnostics;

namespace Briefing.History;

/// <summary>
/// Runs the <c>git</c> program. History is read through git itself rather than a library so that the
/// build sees exactly what the editor's own git sees (shallow clones, safe.directory, alternates) and
/// carries no native binary; see the README's section on history for the measurements behind this.
/// </summary>
internal static class GitCommand
{
    /// <summary>What a finished git run gave back.</summary>
    public sealed record Output(int ExitCode, byte[] Stdout, string Stderr)
    {
        /// <summary>Standard output as UTF-8 text.</summary>
        public string Text => System.Text.Encoding.UTF8.GetString(Stdout);
    }

    /// <summary>Runs git in <paramref name="directory"/>; null when git is not installed.</summary>
    public static Output? Run(string directory, params string[] arguments)
    {
        using var process = Start(directory, arguments, redirectInput: false);
        if (process is null)
        {
            return null;
        }

        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return new Output(process.ExitCode, stdout.ToArray(), stderr.Result);
    }

    /// <summary>Starts git with its streams redirected, for a conversation (cat-file --batch); null when git is not installed.</summary>
    public static Process? Start(string directory, IReadOnlyList<string> arguments, bool redirectInput)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };

        // Paths come back unquoted and messages in English whatever the editor's settings; git never prompts.
        foreach (var a in (string[])["-c", "core.quotepath=off", "-c", "log.showSignature=false", .. arguments])
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["LC_ALL"] = "C";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_PAGER"] = "cat";
        try
        {
            return Process.Start(info);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
