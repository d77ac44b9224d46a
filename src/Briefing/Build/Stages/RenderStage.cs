using Briefing.Build.Caching;
using Briefing.Build.Output;
using Briefing.Build.Streaming;
using Briefing.Diagnostics;
using Briefing.Safety;
using Briefing.Site.Dating;
using Briefing.Site.Models;
using Briefing.Site.Output;
using Briefing.Site.Pages;
using Briefing.Site.Theme;
using Briefing.Site.Theme.Files;

namespace Briefing.Build.Stages;

/// <summary>
/// Render: the theme's templates turn each page model into HTML as the model is made, on every core,
/// and each page goes to the sink (the output folder) as soon as it is rendered; then the theme's
/// assets and the data files (feeds, sitemap, open data, search index) follow the same way.
/// Nothing waits for the whole site: memory holds the linked briefing and a few pages in flight.
/// </summary>
public static class RenderStage
{
    /// <summary>Render threads: one a core. Writing is one more thread, and mostly waits on the disk.</summary>
    private static readonly int Workers = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Renders the site into <paramref name="sink"/>; null when a template failed (reported).</summary>
    public static RenderCount? Run(LinkedBriefing linked, BuildOptions options, ISiteSink sink, DiagnosticBag diagnostics, BuildProgress progress)
    {
        var models = new BusyTime();
        var rendering = new BusyTime();
        var writing = new BusyTime();
        var theme = ThemeFiles.Resolve(ThemeFolder.Of(options), diagnostics);
        var templates = ThemeTemplates.Load(theme, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var assets = ThemeAssets.Load(theme);
        var updated = LastUpdated.For(linked.Data, options.Root);
        var site = SiteModels.For(linked, assets, updated);
        var renderer = new PageRenderer(templates);
        var keys = new RenderKeys(templates, site);
        var ledger = new PageLedger();
        var files = 0;
        var kept = 0;
        // Pages and data files arrive from two threads; the sink takes one file at a time.
        var gate = new Lock();
        void Take(SiteFile file, string? key = null)
        {
            // After an error nothing more is kept: the build fails and the sink is abandoned.
            lock (gate)
            {
                if (!diagnostics.HasErrors)
                {
                    writing.Measure(() => sink.Add(file, key));
                    files++;
                }
            }
        }

        bool Reuse(PageOutput output)
        {
            lock (gate)
            {
                if (diagnostics.HasErrors || !writing.Measure(() => sink.Reuse(output.Page.OutputPath, output.Key!)))
                {
                    return false;
                }

                files++;
                kept++;
                return true;
            }
        }

        void TakePage(PageOutput output)
        {
            if (output.File is { } file)
            {
                Take(file, output.Key);
            }
            else if (!Reuse(output))
            {
                // The previous page went missing since the worker looked: it is rendered after all.
                foreach (var made in rendering.Measure(() => Render(renderer, site, output.Page, diagnostics)))
                {
                    Take(made, output.Key);
                }
            }
        }

        var dataRendering = new BusyTime();
        var data = new DataStream(linked, options.NoIndex, updated, dataRendering, file => Take(file), progress, Workers);
        progress.Begin("render", PageCounts.Expected(linked, theme), "pages");
        try
        {
            ParallelStream.Run(models.Measure(AllPages(linked, theme, options.NoIndex, ledger, diagnostics)),
                page => rendering.Measure(() => RenderOrKeep(renderer, keys, sink, site, page, diagnostics)), output =>
            {
                TakePage(output);
                progress.Advance();
            }, Workers);
        }
        catch
        {
            data.Abandon();
            throw;
        }

        progress.End();
        if (diagnostics.HasErrors)
        {
            data.Abandon();
            return null;
        }

        foreach (var asset in assets.Files)
        {
            Take(asset);
        }

        var pagesDone = new StreamTimes(models.Elapsed, rendering.Elapsed, writing.Elapsed);
        data.Finish(linked, ledger.Indexed, dataRendering, file => Take(file));
        return new RenderCount(ledger.Count, files, kept, pagesDone, new StreamTimes(TimeSpan.Zero, dataRendering.Elapsed, writing.Elapsed - pagesDone.Write));
    }

    /// <summary>The site's own pages, then the theme's pages, each noted in the ledger as it is made.</summary>
    private static IEnumerable<PageSpec> AllPages(LinkedBriefing linked, ThemeFiles theme, bool noIndex, PageLedger ledger, DiagnosticBag diagnostics)
    {
        foreach (var (builder, page) in PageModelStage.Pages(linked, noIndex))
        {
            ledger.Add(builder, page);
            yield return page;
        }

        var models = PageModelStage.ModelsByTemplate(linked, noIndex, ledger.BuildersOf);
        foreach (var page in ThemePageBuilder.Build(theme, ledger.Paths, models, PageModelStage.MetaFactory(linked, noIndex), diagnostics))
        {
            ledger.Add(-1, page);
            yield return page;
        }
    }

    /// <summary>A page the sink already holds from a build with the same render key is kept; any other is rendered.</summary>
    private static IEnumerable<PageOutput> RenderOrKeep(PageRenderer renderer, RenderKeys keys, ISiteSink sink, SiteModel site, PageSpec page, DiagnosticBag diagnostics)
    {
        var key = keys.Of(page);
        if (key is not null && sink.Knows(page.OutputPath, key))
        {
            return [new PageOutput(page, null, key)];
        }

        return Render(renderer, site, page, diagnostics).Select(file => new PageOutput(page, file, key));
    }

    private static IEnumerable<SiteFile> Render(PageRenderer renderer, SiteModel site, PageSpec page, DiagnosticBag diagnostics)
    {
        var globals = new Dictionary<string, object?> { ["site"] = site, ["page"] = page.Model, ["meta"] = page.Meta };
        return renderer.Render(page.Template, globals, diagnostics) is { } text ? [SiteFile.Text(page.OutputPath, text)] : [];
    }
}

/// <summary>A page made by a render worker: its file, or none when the sink is to keep the one made before from <paramref name="Key"/>.</summary>
internal sealed record PageOutput(PageSpec Page, SiteFile? File, string? Key);

/// <summary>
/// How many pages a render made, how many files it handed to the sink in all, how many pages it kept
/// from a previous build instead of rendering them, and where the time went.
/// </summary>
public sealed record RenderCount(int Pages, int Files, int Kept, StreamTimes PageTimes, StreamTimes DataTimes);

/// <summary>Busy time in a streamed stage, summed over threads: building models, rendering, handing files to the sink.</summary>
public sealed record StreamTimes(TimeSpan Models, TimeSpan Render, TimeSpan Write)
{
    /// <summary>"models 1200 ms, render 5300 ms, write 800 ms".</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"models {Models.TotalMilliseconds:0} ms, render {Render.TotalMilliseconds:0} ms, write {Write.TotalMilliseconds:0} ms");
}
