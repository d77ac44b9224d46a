using System.CommandLine;
using Briefing.Scaffolding;
using Briefing.Scaffolding.Init;

namespace Briefing.Cli;

/// <summary><c>briefing init [DIR]</c>: a new briefing that validates and builds at once; never overwrites a file.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo?>("DIR")
        {
            Description = "The new briefing's folder (default: the current folder); it must not hold a briefing yet",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var title = new Option<string?>("--title") { Description = "The site's title (default: a placeholder that --strict reports)" };
        var baseUrl = CommonOptions.UrlOption("--base-url", "The address the site will be published at (default: a placeholder that --strict reports)");
        var command = new Command("init", "Start a new briefing: example content, editor settings with the schemas, netlify.toml and a CI workflow");
        command.Arguments.Add(folder);
        command.Options.Add(title);
        command.Options.Add(baseUrl);
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)?.FullName ?? Directory.GetCurrentDirectory();
            var result = BriefingInit.Run(dir, parse.GetValue(title), parse.GetValue(baseUrl), ToolVersion.Current);
            if (!result.Succeeded)
            {
                error.WriteLine($"briefing: {result.Message}");
                return result.Status == ScaffoldStatus.InvalidRequest ? ExitCodes.UsageError : ExitCodes.ContentErrors;
            }

            output.WriteLine(result.Message);
            foreach (var path in result.Written)
            {
                output.WriteLine($"  {path}");
            }

            foreach (var note in result.Notes)
            {
                output.WriteLine(note);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
