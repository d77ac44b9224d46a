using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Briefing.Tests.Safety.Fuzzing;

/// <summary>
/// Damaged briefings never crash the loader and the checks: every case ends within 5 s with exit
/// code 0 or 1, no exception, no stack trace, and a bounded amount of memory. FsCheck draws the cases.
/// The suite runs a short run; set BRIEFING_FUZZ_CASES for a long one (the README gives the command),
/// BRIEFING_FUZZ_SEED to run the cases of an earlier run again (or a long run in chunks, one seed each),
/// and BRIEFING_FUZZ_REPORT to a file to keep its figures.
/// </summary>
public sealed class FuzzingTests(ITestOutputHelper log)
{
    private const int ShortRun = 300;

    // FsCheck's generator takes a seed and an odd "gamma"; the gamma is fixed so that the seed alone names a run.
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    [Fact]
    public void DamagedBriefingsAreReportedNeverCrash()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) ? n : ShortRun;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("BRIEFING_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : (ulong)Random.Shared.NextInt64();
        using var corpus = FuzzCorpus.Create();
        var outcomes = new List<FuzzOutcome>();
        var replay = Replay();
        var property = Prop.ForAll(Arb.From(replay is null ? Cases(corpus) : Gen.Constant(replay)), mutation =>
        {
            var outcome = FuzzCase.Run(corpus.Briefings[mutation.Briefing], mutation);
            // A passing case's messages are not kept: 10,000 of them would be most of what the run holds.
            outcomes.Add(outcome.Failure is null ? outcome with { Error = "" } : outcome);
            return outcome.Failure is null;
        });
        try
        {
            property.Check(Config.QuickThrowOnFailure.WithMaxTest(replay is null ? cases : 1).WithQuietOnSuccess(true).WithReplay(seed, Gamma));
        }
        finally
        {
            Report(seed, outcomes);
        }
    }

    // BRIEFING_FUZZ_REPLAY="Briefing,File,Kind,Seed" (the figures a report prints) runs that one case again; with
    // BRIEFING_FUZZ_KEEP=DIR its damaged file is also written there, to become a fixture.
    private static Mutation? Replay()
    {
        if (Environment.GetEnvironmentVariable("BRIEFING_FUZZ_REPLAY") is not { Length: > 0 } text)
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var mutation = new Mutation(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
            Enum.Parse<MutationKind>(parts[2]), int.Parse(parts[3], CultureInfo.InvariantCulture));
        if (Environment.GetEnvironmentVariable("BRIEFING_FUZZ_KEEP") is { Length: > 0 } keep)
        {
            using var corpus = FuzzCorpus.Create();
            var (path, bytes) = corpus.Briefings[mutation.Briefing].Files[mutation.File];
            Directory.CreateDirectory(keep);
            File.WriteAllBytes(Path.Combine(keep, Path.GetFileName(path)), mutation.Apply(bytes));
        }

        return mutation;
    }

    // Most cases damage the small fixture base, one in five the seed briefing with its real articles.
    private static Gen<Mutation> Cases(FuzzCorpus corpus) =>
        from briefing in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(1)))
        from file in Gen.Choose(0, 10_000)
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from seed in Gen.Choose(0, int.MaxValue)
        select new Mutation(briefing, file % corpus.Briefings[briefing].Files.Count, kind, seed);

    private void Report(ulong seed, List<FuzzOutcome> outcomes)
    {
        var slowest = outcomes.MaxBy(o => o.Elapsed);
        var lines = new List<string>
        {
            $"seed: {seed} (BRIEFING_FUZZ_SEED runs the same cases again)",
            $"cases: {outcomes.Count}",
            $"failures: {outcomes.Count(o => o.Failure is not null)}",
            $"exit 0: {outcomes.Count(o => o.ExitCode == 0)}, exit 1: {outcomes.Count(o => o.ExitCode == 1)}",
            $"slowest: {slowest?.Elapsed.TotalMilliseconds:0} ms, {slowest?.Mutation} on {slowest?.File}",
            $"most allocated by one case: {outcomes.Select(o => o.Allocated).DefaultIfEmpty().Max() / (1024 * 1024)} MB",
            $"peak working set of the test process: {Environment.WorkingSet / (1024 * 1024)} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB peak",
            $"managed heap after a full collection: {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MB (what the run still holds)",
        };
        lines.AddRange(outcomes.Where(o => o.Failure is not null).Select(o => $"FAILED {o.Mutation} on {o.File}: {o.Failure}"));
        foreach (var line in lines)
        {
            log.WriteLine(line);
        }

        if (Environment.GetEnvironmentVariable("BRIEFING_FUZZ_REPORT") is { Length: > 0 } file)
        {
            File.WriteAllLines(file, lines);
        }
    }
}
