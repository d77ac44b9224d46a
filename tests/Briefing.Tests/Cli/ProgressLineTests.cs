using System.Diagnostics;
using System.Text.RegularExpressions;
using Briefing.Generator;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>
/// The progress line, through the real executable: on a terminal (a pseudo-terminal made by
/// util-linux's <c>script</c>) it is drawn and redrawn in place; with the output redirected, as in a
/// CI log, there is none, only plain lines. The one-second wait is set to nothing so that a small
/// build shows it; what is asserted is what is printed, never how long anything took.
/// </summary>
public sealed partial class ProgressLineTests : IDisposable
{
    private readonly TempFolder _work = TempFolder.Create();
    private readonly string _root;

    public ProgressLineTests()
    {
        _root = Path.Combine(_work.Path, "briefing");
        BriefingGenerator.Write(_root, new GeneratorOptions(40, Seed: 9));
    }

    [Fact]
    public void OnATerminalTheBuildShowsStageCountsAndRateInPlace()
    {
        var text = RunOnTerminal("build", "--root", _root, "--output", Path.Combine(_work.Path, "site"), "--theme", Path.Combine(RepoPaths.Root, "theme"));

        var lines = ProgressLine().Matches(text).Select(m => m.Value).ToList();
        Assert.True(lines.Count > 0, text);
        Assert.Contains(lines, l => l.Contains("render: ", StringComparison.Ordinal) && l.Contains(" pages, ", StringComparison.Ordinal));
        Assert.Contains("built ", text, StringComparison.Ordinal);
        // The line is erased before the next ordinary line, so no progress text runs into "built".
        Assert.DoesNotMatch(@"a second\s*built", text);
    }

    [Fact]
    public void RedirectedOutputGetsPlainLinesOnly()
    {
        foreach (var args in new[]
        {
            new[] { "build", "--root", _root, "--output", Path.Combine(_work.Path, "site"), "--theme", Path.Combine(RepoPaths.Root, "theme") },
            ["validate", "--root", _root],
        })
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), .. args])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["BRIEFING_PROGRESS_AFTER_MS"] = "0";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.Equal(0, process.ExitCode);
            Assert.DoesNotContain('\u001b', output);
            Assert.DoesNotContain('\r', output);
            Assert.DoesNotContain(" a second", output, StringComparison.Ordinal);
            Assert.Matches(args[0] == "build" ? "built " : "validated ", output);
        }
    }

    private static string RunOnTerminal(params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "briefing.dll") }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["BRIEFING_PROGRESS_AFTER_MS"] = "0";
        start.Environment["TERM"] = "xterm";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + error);
        return output;
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"\r\u001b\[2K[a-z ]+: [\d,]+ of [\d,]+ [a-z]+, [\d,]+ a second")]
    private static partial Regex ProgressLine();

    public void Dispose() => _work.Dispose();
}
