using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Packaging;

/// <summary>
/// The tool as a newsroom gets it: <c>dotnet pack</c> of src/Briefing.Cli (once per test run, from the
/// Release build), installed with <c>dotnet tool install --tool-path</c> from that folder alone, through a
/// NuGet configuration that clears every other source and an empty package cache: so the install works
/// offline, and never picks up an older copy.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public PackedTool()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-tool-tests", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        ConfigFile = Path.Combine(Root, "nuget.config");
        File.WriteAllText(ConfigFile, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        Version = typeof(Briefing.Cli.CliApp).Assembly.GetName().Version!.ToString(3);
        var project = Path.Combine(RepoPaths.Root, "src", "Briefing.Cli");
        Run("dotnet", ["pack", project, "-c", "Release", "--no-build", "-o", Feed], Root).AssertSucceeded("dotnet pack");
        ToolPath = Path.Combine(Root, "tools");
        Run("dotnet", ["tool", "install", "briefing", "--tool-path", ToolPath, "--configfile", ConfigFile, "--version", Version], Root)
            .AssertSucceeded("dotnet tool install --tool-path");
        Executable = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "briefing.exe" : "briefing");
    }

    /// <summary>A folder of its own for this run: the feed, the tool path, the package cache, test folders.</summary>
    public string Root { get; }

    /// <summary>The folder the package was packed into, the only NuGet source.</summary>
    public string Feed { get; }

    public string ConfigFile { get; }

    /// <summary>The package version, e.g. 0.1.0.</summary>
    public string Version { get; }

    public string ToolPath { get; }

    /// <summary>The installed <c>briefing</c> command.</summary>
    public string Executable { get; }

    /// <summary>The installed tool's files (its assemblies, as unpacked from the package).</summary>
    public IEnumerable<string> InstalledFiles => Directory.EnumerateFiles(Path.Combine(ToolPath, ".store"), "*", SearchOption.AllDirectories);

    /// <summary>A new empty folder under <see cref="Root"/>.</summary>
    public string NewFolder()
    {
        var folder = Path.Combine(Root, "work", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Runs the installed tool in <paramref name="folder"/>.</summary>
    public ToolRun Briefing(string folder, params string[] args) => Run(Executable, args, folder);

    /// <summary>Runs <paramref name="file"/> with the environment of a machine that has only the SDK and this feed.</summary>
    public ToolRun Run(string file, IEnumerable<string> args, string folder)
    {
        using var process = Process.Start(StartInfo(file, args, folder))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish");
        }

        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>How a child process starts: an empty package cache of this run, no MSBuild state of the test host.</summary>
    public ProcessStartInfo StartInfo(string file, IEnumerable<string> args, string folder)
    {
        var start = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(Root, "packages");
        // A home of its own: the SDK's tool-resolver cache there must not point into an earlier run's folders.
        start.Environment["DOTNET_CLI_HOME"] = Path.Combine(Root, "home");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("GITHUB_ACTIONS");
        return start;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>What a child process printed, and how it ended.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public void AssertSucceeded(string what) =>
        Assert.True(ExitCode == 0, $"{what} exited with {ExitCode}:\n{Output}\n{Error}");
}
