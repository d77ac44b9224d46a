using System.CommandLine;
using Briefing.Build;
using Briefing.Safety;

namespace Briefing.Cli;

/// <summary><c>briefing build</c>: every check, then the site, swapped in only when all of it was written.</summary>
internal static class BuildCommand
{
    public static Command Create(CommonOptions options, TextWriter output, TextWriter error)
    {
        var command = new Command("build", "Read and check the briefing, then write the site");
        command.Options.Add(options.Root);
        command.Options.Add(options.Output);
        command.Options.Add(options.Theme);
        command.Options.Add(options.BaseUrl);
        command.Options.Add(options.Strict);
        command.Options.Add(options.NoIndex);
        command.Options.Add(options.NoHistory);
        command.SetAction(parse =>
        {
            var build = OptionsFrom(parse, options);
            if ((OutputGuard.Problem(build) ?? OutputFolderGuard.Refusal(build.Output)) is { } problem)
            {
                error.WriteLine($"briefing: {problem}");
                return ExitCodes.UsageError;
            }

            BuildResult result;
            using (var display = ProgressDisplay.For(output))
            {
                result = BuildPipeline.Run(build, display.Line, display.Progress);
            }

            DiagnosticPrinter.Print(result.Diagnostics, error, build.Strict);
            if (!result.Succeeded)
            {
                error.WriteLine("build failed: nothing was written; the previous output is untouched");
                return ExitCodes.ContentErrors;
            }

            output.WriteLine(
                $"built {result.PagesWritten} pages, {result.PagesRendered} rendered ({result.FilesWritten} files, {result.FilesUnchanged} unchanged) from {result.Sources} sources and {result.Claims} claims in {result.Elapsed.TotalMilliseconds:0} ms → {build.Output}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static BuildOptions OptionsFrom(ParseResult parse, CommonOptions options)
    {
        var defaults = BuildOptions.ForRoot(parse.GetValue(options.Root)!.FullName);
        return defaults with
        {
            Output = parse.GetValue(options.Output)?.FullName ?? defaults.Output,
            Theme = parse.GetValue(options.Theme)?.FullName ?? defaults.Theme,
            BaseUrl = parse.GetValue(options.BaseUrl),
            Strict = parse.GetValue(options.Strict),
            NoIndex = parse.GetValue(options.NoIndex),
            History = !parse.GetValue(options.NoHistory),
        };
    }
}
