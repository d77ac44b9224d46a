using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Briefing.Tests.Site.Search;

/// <summary>Runs a harness script with Node.js against theme/assets/search.js.</summary>
internal static class NodeScript
{
    public static string SearchJs { get; } = FindSearchJs();

    /// <summary>
    /// Runs <paramref name="harness"/> (CommonJS; <c>process.argv[2]</c> is the path of search.js) in
    /// <paramref name="directory"/> and returns its standard output. Fails, never skips, without node:
    /// a silent pass would hide a tokenizer that no longer matches the C# one.
    /// </summary>
    public static string Run(string directory, string harness)
    {
        var node = FindOnPath("node")
            ?? throw new InvalidOperationException("Node.js ('node') is not on PATH; it is needed to check theme/assets/search.js against the C# tokenizer. Install Node.js (CI does).");
        var script = Path.Combine(directory, "harness.js");
        File.WriteAllText(script, harness, new UTF8Encoding(false));
        var start = new ProcessStartInfo(node, [script, SearchJs])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(30_000))
        {
            process.Kill();
            throw new TimeoutException("node harness did not finish within 30 s");
        }

        var error = errorTask.GetAwaiter().GetResult();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"node exited with {process.ExitCode}: {error}");
    }

    /// <summary>
    /// Above the test output folder, the working folder, or this source file: the build output may be
    /// outside the checkout (--artifacts-path), and the source path may be mapped in CI builds.
    /// </summary>
    private static string FindSearchJs([CallerFilePath] string sourceFile = "")
    {
        string[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? "."];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "theme", "assets", "search.js");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("theme/assets/search.js not found above " + string.Join(", ", starts));
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name + ".cmd" } : [name];
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(n => Path.Combine(dir, n)))
            .FirstOrDefault(File.Exists);
    }
}
