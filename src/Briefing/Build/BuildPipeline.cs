using System.Diagnostics;
using Briefing.Build.Caching;
using Briefing.Build.Output;
using Briefing.Build.Stages;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.History;
using Briefing.Loading;
using Briefing.Safety;

namespace Briefing.Build;

/// <summary>
/// The build, stage by stage: load, check, link, then pages (models, render and write streamed
/// together), data files, and the swap that makes the new site the output.
/// Each stage lives in its own file; this class only orders them and times them.
/// </summary>
public static class BuildPipeline
{
    /// <summary>
    /// Builds the site described by <paramref name="options"/> into its output folder; <paramref name="log"/>
    /// receives one line per stage, <paramref name="progress"/> the items done as they are done.
    /// </summary>
    public static BuildResult Run(BuildOptions options, Action<string>? log = null, BuildProgress? progress = null)
    {
        // The cache is part of the briefing, so a pull request can make it a link: one that leads out is not used.
        var cache = PathContainment.Resolve(options.Root, Path.Combine(options.Root, ".briefing-cache"), out _);
        var folder = OutputCacheFolder.Of(cache, options.Output);
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        var inputs = BuildStamp.InputsOf(options);
        var stamp = BuildStamp.Read(folder);
        if (UpToDate(options, stamp, inputs, cache, clock, log) is { } unchanged)
        {
            return unchanged;
        }

        // From here until the new site is swapped in, no stamp is true: a killed build leaves none.
        BuildStamp.Forget(folder);
        var sink = new WriteStage(options.Output, cache);
        var (result, _, briefing) = Build(options, sink, log, progress ?? BuildProgress.None);
        result = result with { FilesUnchanged = sink.Unchanged };
        if (result.Succeeded)
        {
            BuildStamp.Take(options, inputs, briefing.Content.Sources.Select(s => s.TextPath), StampedResult.Of(result), stamp, started)?.Write(folder);
        }

        return result;
    }

    /// <summary>
    /// The result of the last build (<paramref name="stamp"/>), when it read exactly what a build would read now and its site is
    /// still in the output: then there is nothing to do. Null when the build must run.
    /// </summary>
    private static BuildResult? UpToDate(BuildOptions options, BuildStamp? stamp, string inputs, string? cache, Stopwatch clock, Action<string>? log)
    {
        if (stamp is null || !stamp.Holds(options, inputs) || !WriteStage.LiveIsIntact(options.Output, cache))
        {
            return null;
        }

        var timing = new StageTiming("unchanged", clock.Elapsed);
        log?.Invoke(TimingLine(timing.Stage, timing.Elapsed) + " (every file read is as the last build read it, and its site is in place)");
        var r = stamp.Result;
        return new BuildResult(r.Reported(), true, r.Pages, r.Files, r.Sources, r.Claims, [timing]) { FilesUnchanged = r.Files, PagesKept = r.Pages };
    }

    /// <summary>
    /// The site in memory, or null when the content or theme has errors. The preview serves this
    /// directly, which spares it writing hundreds of files on every change; given the site it served
    /// before (<paramref name="previous"/>), only the pages whose inputs changed are rendered again.
    /// </summary>
    public static (BuildResult Result, RenderedSite? Site, DiagnosticBag Diagnostics) Render(BuildOptions options, Action<string>? log = null,
        RenderedSite? previous = null)
    {
        var sink = new MemorySink(previous);
        var (result, diagnostics, _) = Build(options, sink, log, BuildProgress.None);
        return (result, result.Succeeded ? sink.Site : null, diagnostics);
    }

    private static (BuildResult Result, DiagnosticBag Diagnostics, CheckedBriefing Briefing) Build(BuildOptions options, ISiteSink sink, Action<string>? log, BuildProgress progress)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        T Stage<T>(string name, Func<T> run, Func<T, string>? detail = null)
        {
            // Named here so a display shows even a stage that counts nothing (history, link, swap); a stage that
            // counts begins again with its total.
            progress.Begin(name, 0, "");
            var clock = Stopwatch.StartNew();
            var result = run();
            progress.End();
            timings.Add(new StageTiming(name, clock.Elapsed));
            log?.Invoke(TimingLine(name, clock.Elapsed) + (detail is null ? "" : $" ({detail(result)})"));
            return result;
        }

        var content = Stage("load", () => BriefingLoader.Load(options.Root, diagnostics, progress));
        var briefing = Stage("check", () => BriefingChecker.Check(options.Root, content, diagnostics, progress));
        if (Failed(diagnostics, options.Strict))
        {
            return (Result(diagnostics, null, briefing, timings), diagnostics, briefing);
        }

        var history = Stage("history", () => HistoryReader.Read(options.Root, options.History));
        var linked = Stage("link", () => LinkStage.Run(briefing, options.BaseUrl, history));
        var rendered = Stage("pages", () => RenderStage.Run(linked, options, sink, diagnostics, progress), r => r is null ? "failed" : $"{r.PageTimes}; data files: {r.DataTimes.Render.TotalMilliseconds:0} ms, write {r.DataTimes.Write.TotalMilliseconds:0} ms");
        var ok = rendered is not null && !Failed(diagnostics, options.Strict);
        if (ok && sink is MemorySink memory)
        {
            memory.PageCount = rendered!.Pages;
        }

        ok = ok && Stage("swap", () => sink.Commit(diagnostics));
        if (!ok)
        {
            sink.Abandon();
        }

        return (Result(diagnostics, ok ? rendered : null, briefing, timings), diagnostics, briefing);
    }

    private static string TimingLine(string stage, TimeSpan elapsed) => $"  {stage,-12} {elapsed.TotalMilliseconds,6:0} ms";

    private static bool Failed(DiagnosticBag diagnostics, bool strict) => diagnostics.HasErrors || (strict && diagnostics.Count > 0);

    private static BuildResult Result(DiagnosticBag diagnostics, RenderCount? rendered, CheckedBriefing briefing, List<StageTiming> timings) =>
        new(diagnostics.Sorted(), rendered is not null, rendered?.Pages ?? 0, rendered?.Files ?? 0,
            briefing.Content.Sources.Count, briefing.Content.Claims.Count, timings) { PagesKept = rendered?.Kept ?? 0 };
}
