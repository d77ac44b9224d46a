using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Briefing.Cli;

/// <summary>
/// The tool's version, as packed (the project's &lt;Version&gt;), and <c>--version</c>'s line, which also
/// says which format version the tool reads, so an editor can tell whether docs and tool agree.
/// </summary>
internal static class ToolVersion
{
    /// <summary>The package version, e.g. 0.1.0.</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>What <c>briefing --version</c> prints.</summary>
    public static string Line => $"{Current} (briefing format version {FormatVersion.Current})";

    /// <summary>Makes the root command's <c>--version</c> print <see cref="Line"/>.</summary>
    public static void Install(RootCommand root, TextWriter output)
    {
        var option = root.Options.OfType<VersionOption>().Single();
        option.Action = new PrintVersion(output);
    }

    private sealed class PrintVersion(TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(Line);
            return ExitCodes.Success;
        }
    }
}
