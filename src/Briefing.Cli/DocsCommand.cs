using System.CommandLine;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing docs format</c>: prints the format reference (docs/format.md) that the tool carries,
/// so an editor outside this repository reads the rules of the version the tool reads.
/// </summary>
internal static class DocsCommand
{
    /// <summary>The embedded resource name of docs/format.md (see Briefing.Cli.csproj).</summary>
    public const string FormatResource = "Briefing.Docs.format.md";

    public static Command Create(TextWriter output)
    {
        var command = new Command("docs", "Print documentation the tool carries");
        var format = new Command("format", "Print the format reference: every file kind, key and rule of the briefing format");
        format.SetAction(_ =>
        {
            output.Write(EmbeddedText.Read(FormatResource));
            return ExitCodes.Success;
        });
        command.Subcommands.Add(format);
        return command;
    }
}
