using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Briefing.Tests.History;

/// <summary>
/// A real git repository in a temporary folder, built commit by commit by the test with the git
/// program, each commit at a date the test chooses, so that histories can be asserted exactly.
/// </summary>
public sealed class GitRepo : IDisposable
{
    private GitRepo(string root) => Root = root;

    public string Root { get; }

    public static GitRepo Create()
    {
        var repo = new GitRepo(Path.Combine(Path.GetTempPath(), "briefing-history-tests", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(repo.Root);
        repo.Git("init", "-q", "-b", "main");
        return repo;
    }

    public void Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    /// <summary>Commits everything at <paramref name="day"/> (noon UTC) and returns the commit id.</summary>
    public string Commit(string message, string day)
    {
        Git("add", "-A");
        var date = DateTime.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T12:00:00+00:00";
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }, "commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args) => Git(new Dictionary<string, string>(), args);

    /// <summary>Runs git in <paramref name="directory"/> (default: the repository); fails the test when git fails.</summary>
    public static string GitIn(string directory, params string[] args) => Run(directory, new Dictionary<string, string>(), args);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal); // git's objects are read-only
            }

            Directory.Delete(Root, recursive: true);
        }
    }

    private string Git(Dictionary<string, string> env, params string[] args) => Run(Root, env, args);

    private static string Run(string directory, Dictionary<string, string> env, string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-c", "user.name=Test Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false", .. args])
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            info.Environment[k] = v;
        }

        using var p = Process.Start(info)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"git {string.Join(' ', args)} failed: {stderr.Result}");
        return stdout;
    }
}
