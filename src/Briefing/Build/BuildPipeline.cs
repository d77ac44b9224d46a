using System.Diagnostics;
using Briefing.Build.Stages;
using Briefing.Checking;
using Briefing.Diagnostics;
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
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        T Stage<T>(string name, Func<T> run)
        {
            var clock = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            log?.Invoke($"  {name,-12} {clock.Elapsed.TotalMilliseconds,6:0} ms");
            return result;
        }

        var content = Stage("load", () => BriefingLoader.Load(options.Root, diagnostics));
        var briefing = Stage("check", () => BriefingChecker.Check(options.Root, content, diagnostics));
        if (Failed(diagnostics, options.Strict))
        {
            return Result(diagnostics, false, null, briefing, timings);
        }

        var linked = Stage("link", () => LinkStage.Run(briefing, options.BaseUrl));
        var pages = Stage("page models", () => PageModelStage.Run(linked, options.NoIndex));
        var site = Stage("render", () => RenderStage.Run(linked, pages, options, diagnostics));
        if (site is null || Failed(diagnostics, options.Strict))
        {
            return Result(diagnostics, false, null, briefing, timings);
        }

        var written = Stage("write", () => WriteStage.Run(site, options.Output, diagnostics));
        return Result(diagnostics, written, site, briefing, timings);
    }

    private static bool Failed(DiagnosticBag diagnostics, bool strict) => diagnostics.HasErrors || (strict && diagnostics.Count > 0);

    private static BuildResult Result(DiagnosticBag diagnostics, bool ok, RenderedSite? site, CheckedBriefing briefing, List<StageTiming> timings) =>
        new(diagnostics.Sorted(), ok, ok ? site!.PageCount : 0, ok ? site!.Files.Count : 0,
            briefing.Content.Sources.Count, briefing.Content.Claims.Count, timings);
}
