using System.Diagnostics;
using System.Text.Json;

namespace Briefing.BrowserTests.Support;

/// <summary>One problem html-validate reported.</summary>
internal sealed record HtmlValidateMessage(string File, int Line, int Column, string Rule, int Severity, string Message, string? Selector)
{
    public override string ToString() => $"{File}({Line},{Column}): {Rule}: {Message}" + (Selector is null ? "" : $" [{Selector}]");
}

/// <summary>
/// Runs the npm package html-validate, installed from the lock file in html-validate/ beside these
/// tests, with that folder's configuration, and reads its JSON report.
/// </summary>
internal static class HtmlValidate
{
    public static string Folder => Path.Combine(RepoPaths.TestProject, "html-validate");

    private static string Cli => Path.Combine(Folder, "node_modules", "html-validate", "bin", "html-validate.mjs");

    /// <summary>html-validate 11 requires Node 22 or later (its package.json "engines").</summary>
    private const int MinimumNodeMajor = 22;

    public static async Task<IReadOnlyList<HtmlValidateMessage>> RunAsync(IReadOnlyList<string> files, string relativeTo)
    {
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException(
                $"html-validate is not installed: run `npm ci` in {Folder} (it installs the versions pinned in package-lock.json).");
        }

        // The report goes to a file: node may exit before a large report has drained through a pipe
        // (it was cut at 64 KiB).
        var report = Path.Combine(Path.GetTempPath(), $"html-validate-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo(await FindNodeAsync())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var argument in new[] { Cli, "--config", Path.Combine(Folder, ".htmlvalidate.json"), "--formatter", "json=" + report }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Exit code 1 means "errors found" and still prints the report; anything else is a crash.
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"html-validate exited with {process.ExitCode}: {await stderr}{await stdout}");
        }

        try
        {
            return Parse(File.Exists(report) ? await File.ReadAllTextAsync(report) : "", relativeTo);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static List<HtmlValidateMessage> Parse(string json, string relativeTo)
    {
        var messages = new List<HtmlValidateMessage>();
        using var report = JsonDocument.Parse(json.Length == 0 ? "[]" : json);
        foreach (var result in report.RootElement.EnumerateArray())
        {
            var file = Path.GetRelativePath(relativeTo, result.GetProperty("filePath").GetString()!);
            foreach (var m in result.GetProperty("messages").EnumerateArray())
            {
                messages.Add(new HtmlValidateMessage(file, m.GetProperty("line").GetInt32(), m.GetProperty("column").GetInt32(),
                    m.GetProperty("ruleId").GetString()!, m.GetProperty("severity").GetInt32(), m.GetProperty("message").GetString()!,
                    m.TryGetProperty("selector", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null));
            }
        }

        return messages;
    }

    /// <summary>
    /// The system's node when it is recent enough (Debian 12 ships Node 20, too old); otherwise the
    /// Node that Microsoft.Playwright already copies next to this assembly to run its driver.
    /// </summary>
    private static async Task<string> FindNodeAsync()
    {
        var bundled = Path.Combine(AppContext.BaseDirectory, ".playwright", "node",
            OperatingSystem.IsWindows() ? "win32_x64" : "linux-x64", OperatingSystem.IsWindows() ? "node.exe" : "node");
        foreach (var candidate in new[] { "node", bundled })
        {
            if (await NodeMajorAsync(candidate) >= MinimumNodeMajor)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"html-validate needs Node {MinimumNodeMajor} or later: neither `node` on the PATH nor {bundled} is.");
    }

    private static async Task<int> NodeMajorAsync(string node)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(node, "--version") { RedirectStandardOutput = true })!;
            var version = (await process.StandardOutput.ReadToEndAsync()).Trim(); // e.g. v20.20.2
            await process.WaitForExitAsync();
            return int.TryParse(version.TrimStart('v').Split('.')[0], out var major) ? major : 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 0; // not installed
        }
    }
}
