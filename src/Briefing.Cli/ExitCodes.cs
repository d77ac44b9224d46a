namespace Briefing.Cli;

/// <summary>The exit codes of the contract: 0 success, 1 content errors, 2 a wrong command line.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
