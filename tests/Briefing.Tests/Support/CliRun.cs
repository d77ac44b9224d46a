using Briefing.Cli;

namespace Briefing.Tests.Support;

/// <summary>Runs the command line in-process, exactly as the executable does, capturing its output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>True when the error output looks like an unhandled exception rather than diagnostics.</summary>
    public bool ShowsStackTrace => Error.Contains("   at ", StringComparison.Ordinal) || Error.Contains("Exception", StringComparison.Ordinal);
}
