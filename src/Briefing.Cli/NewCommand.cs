using System.CommandLine;
using Briefing.Scaffolding;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing new source|claim|event|topic</c>: writes a skeleton for the editor to fill in. The library
/// does the work (<see cref="Briefing.Scaffolding"/>); this adapter reads the options and passes today's date.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CommonOptions options, TextWriter output, TextWriter error)
    {
        var command = new Command("new", "Write a skeleton to fill in: a source for an article text, a claim, an event or a topic");
        command.Subcommands.Add(Source(options, output, error));
        command.Subcommands.Add(Claim(options, output, error));
        command.Subcommands.Add(Event(options, output, error));
        command.Subcommands.Add(Topic(options, output, error));
        return command;
    }

    private static Command Source(CommonOptions options, TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("text") { Description = "The article's text, a file in seeds/ (relative to the root), e.g. seeds/article.txt" };
        var id = IdOption("The source's id (default: from the headline)");
        var command = new Command("source", "Write input/sources/<id>.yml for an article text: its headline as title, today's date to correct");
        command.Arguments.Add(text);
        command.Options.Add(id);
        command.Options.Add(options.Root);
        command.SetAction(parse => Report(
            SourceScaffold.Write(Root(parse, options), parse.GetValue(text)!, parse.GetValue(id), Today()), output, error));
        return command;
    }

    private static Command Claim(CommonOptions options, TextWriter output, TextWriter error)
    {
        var topic = new Option<string?>("--topic") { Description = "Its topic (default: the first topic)" };
        var source = new Option<string?>("--source") { Description = "The source its evidence quotes (default: the first source no claim cites, else the latest)" };
        var file = new Option<string?>("--file")
        {
            Description = $"The claims file, input/claims/<name>.yml (default: the file with most of the topic's claims if --topic is given, else {ClaimScaffold.DefaultFile})",
        };
        var id = IdOption("The claim's id (default: the next free claim-N)");
        var command = new Command("claim", "Append a claim that validates to a claims file: a statement to write, and a quote from the source to replace");
        command.Options.Add(topic);
        command.Options.Add(source);
        command.Options.Add(file);
        command.Options.Add(id);
        command.Options.Add(options.Root);
        command.SetAction(parse => Report(
            ClaimScaffold.Write(Root(parse, options), parse.GetValue(topic), parse.GetValue(source), parse.GetValue(file), parse.GetValue(id)), output, error));
        return command;
    }

    private static Command Event(CommonOptions options, TextWriter output, TextWriter error)
    {
        var date = new Option<string?>("--date") { Description = "Its date, e.g. 2024-10-27, 2024-10 or 2024-11-01~ (default: today, to correct)" };
        var claim = new Option<string?>("--claim") { Description = "The claim it rests on (default: the latest claim)" };
        var title = new Option<string?>("--title") { Description = "Its title (default: a placeholder)" };
        var id = IdOption("The event's id (default: the next free event-N)");
        var command = new Command("event", "Append an event to input/events.yml, backed by a claim");
        command.Options.Add(date);
        command.Options.Add(claim);
        command.Options.Add(title);
        command.Options.Add(id);
        command.Options.Add(options.Root);
        command.SetAction(parse => Report(
            EventScaffold.Write(Root(parse, options), parse.GetValue(date), parse.GetValue(claim), parse.GetValue(id), parse.GetValue(title), Today()), output, error));
        return command;
    }

    private static Command Topic(CommonOptions options, TextWriter output, TextWriter error)
    {
        var slug = new Argument<string>("slug") { Description = "The topic's id and file name, e.g. troop-numbers" };
        var title = new Option<string?>("--title") { Description = "Its title (default: from the slug)" };
        var command = new Command("topic", "Write input/topics/<slug>.md: front matter and a briefing to write");
        command.Arguments.Add(slug);
        command.Options.Add(title);
        command.Options.Add(options.Root);
        command.SetAction(parse => Report(
            TopicScaffold.Write(Root(parse, options), parse.GetValue(slug)!, parse.GetValue(title)), output, error));
        return command;
    }

    private static Option<string?> IdOption(string description) => new("--id") { Description = description };

    private static string Root(ParseResult parse, CommonOptions options) => parse.GetValue(options.Root)!.FullName;

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.Now);

    private static int Report(ScaffoldResult result, TextWriter output, TextWriter error)
    {
        switch (result.Status)
        {
            case ScaffoldStatus.Written:
                output.WriteLine(result.Message);
                foreach (var note in result.Notes)
                {
                    output.WriteLine(note);
                }

                return ExitCodes.Success;
            case ScaffoldStatus.InvalidRequest:
                error.WriteLine($"briefing: {result.Message}");
                return ExitCodes.UsageError;
            default:
                error.WriteLine($"briefing: {result.Message}");
                return ExitCodes.ContentErrors;
        }
    }
}
