using System.CommandLine;
using Briefing.Site.Theme.Files;

namespace Briefing.Cli;

/// <summary><c>briefing theme eject [DIR]</c>: copies the built-in theme to &lt;root&gt;/theme (or DIR) to be changed.</summary>
internal static class ThemeCommand
{
    public static Command Create(CommonOptions options, TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo?>("DIR")
        {
            Description = "Where to copy it (default: <root>/theme)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var eject = new Command("eject", "Copy the built-in theme out to be changed (never overwrites); a single file under theme/ already overrides its built-in one");
        eject.Arguments.Add(folder);
        eject.Options.Add(options.Root);
        eject.SetAction(parse =>
        {
            var destination = parse.GetValue(folder)?.FullName ?? Path.Combine(parse.GetValue(options.Root)!.FullName, "theme");
            if (ThemeEject.Run(destination, out var written) is { } problem)
            {
                error.WriteLine($"briefing: {problem}");
                return ExitCodes.ContentErrors;
            }

            output.WriteLine($"copied the built-in theme ({written} files) to {destination}; each file there now replaces the built-in one");
            return ExitCodes.Success;
        });
        var command = new Command("theme", "Work with the theme");
        command.Subcommands.Add(eject);
        return command;
    }
}
