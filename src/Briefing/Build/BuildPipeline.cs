using System.Diagnostics;
using Briefing.Build.Stages;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.History;
using Briefing.Loading;

namespace Briefing.Build;

/// <summary>
/// The build, stage by stage: load, check, link, build page models, render, write.
/// Each stage lives in its own file; this class only orders them and times them.
/// </summary>
public static class BuildPipeline
{
    /// <summary>Builds the site described by <paramref name="options"/>; <paramref name="log"/> receives one line per stage.</summary>
    public static BuildResult Run(BuildOptions options, Action<string>? log = null)
    {
        var (result, site, diagnostics) = Render(options, log);
        if (site is null)
        {
            return result;
        }

        var clock = Stopwatch.StartNew();
        var written = WriteStage.Run(site, options.Output, diagnostics);
        log?.Invoke(TimingLine("write", clock.Elapsed));
        return result with
        {
            Diagnostics = diagnostics.Sorted(),
            Succeeded = written,
            Timings = [.. result.Timings, new StageTiming("write", clock.Elapsed)],
        };
    }

    /// <summary>
    /// Every stage but the last: the site in memory, or null when the content or theme has errors.
    /// The preview serves this directly, which spares it writing hundreds of files on every change.
    /// </summary>
    public static (BuildResult Result, RenderedSite? Site, DiagnosticBag Diagnostics) Render(BuildOptions options, Action<string>? log = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        T Stage<T>(string name, Func<T> run)
        {
            var clock = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            log?.Invoke(TimingLine(name, clock.Elapsed));
            return result;
        }

        var content = Stage("load", () => BriefingLoader.Load(options.Root, diagnostics));
        var briefing = Stage("check", () => BriefingChecker.Check(options.Root, content, diagnostics));
        if (Failed(diagnostics, options.Strict))
        {
            return (Result(diagnostics, null, briefing, timings), null, diagnostics);
        }

        var history = Stage("history", () => HistoryReader.Read(options.Root, options.History));
        var linked = Stage("link", () => LinkStage.Run(briefing, options.BaseUrl, history));
        var pages = Stage("page models", () => PageModelStage.Run(linked, options.NoIndex));
        var site = Stage("render", () => RenderStage.Run(linked, pages, options, diagnostics));
        var ok = site is not null && !Failed(diagnostics, options.Strict);
        return (Result(diagnostics, ok ? site : null, briefing, timings), ok ? site : null, diagnostics);
    }

    private static string TimingLine(string stage, TimeSpan elapsed) => $"  {stage,-12} {elapsed.TotalMilliseconds,6:0} ms";

    private static bool Failed(DiagnosticBag diagnostics, bool strict) => diagnostics.HasErrors || (strict && diagnostics.Count > 0);

    private static BuildResult Result(DiagnosticBag diagnostics, RenderedSite? site, CheckedBriefing briefing, List<StageTiming> timings) =>
        new(diagnostics.Sorted(), site is not null, site?.PageCount ?? 0, site?.Files.Count ?? 0,
            briefing.Content.Sources.Count, briefing.Content.Claims.Count, timings);
}
