using System.Diagnostics;
using Briefing.Cli;

namespace Briefing.Tests.Safety.Fuzzing;

/// <summary>What one case did.</summary>
internal sealed record FuzzOutcome(Mutation Mutation, string File, int? ExitCode, string Error, TimeSpan Elapsed, long Allocated, string? Exception)
{
    /// <summary>The longest a case may take: a hang, not slowness, is what this catches.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    /// <summary>The most a case may allocate: a few times the largest file the loader accepts, far below an unbounded growth.</summary>
    public const long MaxAllocated = 2L * 1024 * 1024 * 1024;

    public bool Hung => ExitCode is null && Exception is null;

    /// <summary>Why the case failed, or null when it passed.</summary>
    public string? Failure =>
        Exception is not null ? $"exception escaped: {Exception}"
        : Hung ? $"no answer within {Limit.TotalSeconds:0} s"
        : ExitCode is not (0 or 1) ? $"exit code {ExitCode}"
        : Error.Contains("   at ", StringComparison.Ordinal) || Error.Contains("Exception", StringComparison.Ordinal) ? "stack trace in the output"
        : Allocated > MaxAllocated ? $"allocated {Allocated / (1024 * 1024)} MB"
        : null;
}

/// <summary>Runs <c>briefing validate</c> in-process on a briefing with one damaged file.</summary>
internal static class FuzzCase
{
    public static FuzzOutcome Run(CorpusBriefing briefing, Mutation mutation)
    {
        var (path, original) = briefing.Files[mutation.File % briefing.Files.Count];
        var full = Path.Combine(briefing.Root, path);
        File.WriteAllBytes(full, mutation.Apply(original));
        try
        {
            return Validate(briefing.Root, mutation, path.Replace('\\', '/'));
        }
        finally
        {
            File.WriteAllBytes(full, original);
        }
    }

    private static FuzzOutcome Validate(string root, Mutation mutation, string file)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => CliApp.Run(["validate", "--root", root], output, error));
        try
        {
            if (!run.Wait(FuzzOutcome.Limit))
            {
                return new FuzzOutcome(mutation, file, null, "", clock.Elapsed, 0, null);
            }

            return new FuzzOutcome(mutation, file, run.Result, error.ToString(), clock.Elapsed, GC.GetTotalAllocatedBytes() - allocated, null);
        }
        catch (AggregateException ex)
        {
            return new FuzzOutcome(mutation, file, null, error.ToString(), clock.Elapsed, 0, ex.InnerException?.ToString() ?? ex.ToString());
        }
    }
}
