using System.CommandLine;
using System.Diagnostics;
using Briefing.Validation;

namespace Briefing.Cli;

/// <summary><c>briefing validate</c>: every check, nothing written.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommonOptions options, TextWriter output, TextWriter error)
    {
        var command = new Command("validate", "Read and check the briefing; write nothing");
        command.Options.Add(options.Root);
        command.Options.Add(options.Strict);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var root = parse.GetValue(options.Root)!.FullName;
            ValidationResult result;
            using (var display = ProgressDisplay.For(output))
            {
                result = BriefingValidator.Validate(root, parse.GetValue(options.Strict), display.Progress);
            }

            DiagnosticPrinter.Print(result.Diagnostics, error, result.Strict);
            var content = result.Briefing.Content;
            output.WriteLine(
                $"validated {content.Sources.Count} sources, {content.Claims.Count} claims, {content.Events.Count} events, {content.Topics.Count} topics in {clock.ElapsedMilliseconds} ms");
            return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
