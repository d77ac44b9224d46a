using System.CommandLine;

namespace Briefing.Cli;

/// <summary>The options shared by the commands, created once per command line.</summary>
internal sealed class CommonOptions
{
    public Option<DirectoryInfo> Root { get; } = new("--root")
    {
        Description = "The briefing's root: the folder that holds input/ and seeds/",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Warnings fail the run too",
    };
}
