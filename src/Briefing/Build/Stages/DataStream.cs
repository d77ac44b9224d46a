using Briefing.Build.Streaming;
using Briefing.Site.Dating;
using Briefing.Site.Output;

namespace Briefing.Build.Stages;

/// <summary>
/// The data files, made beside the pages: every export but the sitemap starts with the pages, on the
/// same cores, and the sitemap (which lists the pages) follows them. On a cold build the cores are
/// busy either way; on a rebuild that keeps most pages, making the models is the pages' slowest part
/// and leaves the render threads idle, and the exports fill that time.
/// </summary>
internal sealed class DataStream
{
    private readonly Lock _gate = new();
    private readonly BuildProgress _progress;
    private readonly int _total;
    private readonly Task _exports;
    private bool _shown;
    private int _doneBeforeShown;

    /// <summary>Starts the exports of <paramref name="linked"/>; <paramref name="take"/> gets their files, from another thread.</summary>
    public DataStream(LinkedBriefing linked, bool noIndex, LastUpdated updated, BusyTime rendering, Action<SiteFile> take, BuildProgress progress, int workers)
    {
        _progress = progress;
        var jobs = DataFiles.Exports(linked, noIndex, updated);
        _total = jobs.Count + 1;
        _exports = Task.Run(() => ParallelStream.Run(jobs, job =>
        {
            var made = rendering.Measure(() => job().ToList());
            Done();
            return made;
        }, take, workers));
    }

    /// <summary>Waits for the exports (rethrowing what failed them), then makes the sitemap of <paramref name="indexed"/>.</summary>
    public void Finish(LinkedBriefing linked, IReadOnlyList<string> indexed, BusyTime rendering, Action<SiteFile> take)
    {
        // Counted by export, not by file: how many files an export makes (search shards, split tables) is known only once it is made.
        lock (_gate)
        {
            _progress.Begin("data files", _total, "exports");
            for (var i = 0; i < _doneBeforeShown; i++)
            {
                _progress.Advance();
            }

            _shown = true;
        }

        _exports.GetAwaiter().GetResult();
        foreach (var file in rendering.Measure(() => DataFiles.Sitemap(linked, indexed).ToList()))
        {
            take(file);
        }

        Done();
        _progress.End();
    }

    /// <summary>Waits for the exports without making the sitemap, when the pages failed: their errors are reported already.</summary>
    public void Abandon() => _exports.ContinueWith(_ => { }, TaskScheduler.Default).Wait();

    private void Done()
    {
        lock (_gate)
        {
            if (_shown)
            {
                _progress.Advance();
            }
            else
            {
                _doneBeforeShown++;
            }
        }
    }
}
