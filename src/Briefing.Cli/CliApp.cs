using System.CommandLine;

namespace Briefing.Cli;

/// <summary>
/// The command line: an adapter that parses arguments and calls the library. Runs in-process
/// with any writers, so tests can drive it exactly as the executable does.
/// </summary>
public static class CliApp
{
    /// <summary>Runs one command line; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new CommonOptions();
        var root = new RootCommand("Briefing: builds a cross-linked static site from source articles and the claims anchored in them");
        root.Subcommands.Add(BuildCommand.Create(options, output, error));
        root.Subcommands.Add(ValidateCommand.Create(options, output, error));
        root.Subcommands.Add(NewCommand.Create(options, output, error));
        root.Subcommands.Add(PreviewCommand.Create(options, output, error));
        root.Subcommands.Add(InitCommand.Create(output, error));
        root.Subcommands.Add(ThemeCommand.Create(options, output, error));
        root.Subcommands.Add(DocsCommand.Create(output));
        ToolVersion.Install(root, output);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"briefing: {e.Message}");
            }

            error.WriteLine("Run 'briefing --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException and not FileNotFoundException or UnauthorizedAccessException)
        {
            // Content problems are diagnostics; what remains here is the machine itself (disk full, permissions).
            error.WriteLine($"briefing: {ex.Message}");
            return ExitCodes.ContentErrors;
        }
    }
}
