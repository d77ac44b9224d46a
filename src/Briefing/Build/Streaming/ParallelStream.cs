using System.Threading.Channels;

namespace Briefing.Build.Streaming;

/// <summary>
/// Runs jobs through a bounded pipeline: one producer enumerates the jobs, <c>workers</c> threads run
/// them, and one consumer takes each result as soon as it is ready. Only a few jobs and results are in
/// flight at once, so memory is bounded by the largest results, not by how many there are.
/// </summary>
internal static class ParallelStream
{
    /// <summary>How many jobs and results may wait per worker: enough to keep every thread busy.</summary>
    private const int QueuedPerWorker = 8;

    /// <summary>
    /// Runs <paramref name="work"/> on each of <paramref name="jobs"/> with <paramref name="workers"/> threads
    /// and hands every result to <paramref name="consume"/>, one at a time, in the order they finish.
    /// The first exception anywhere stops the rest and is rethrown.
    /// </summary>
    public static void Run<TJob, TResult>(IEnumerable<TJob> jobs, Func<TJob, IEnumerable<TResult>> work, Action<TResult> consume, int workers)
    {
        var capacity = Math.Max(1, workers) * QueuedPerWorker;
        var queued = Channel.CreateBounded<TJob>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var done = Channel.CreateBounded<TResult>(new BoundedChannelOptions(capacity) { SingleReader = true });
        using var stop = new CancellationTokenSource();
        var token = stop.Token;

        // Whichever task fails first cancels the others, which may be waiting on a channel.
        Task Guarded(Func<Task> body) => Task.Run(async () =>
        {
            try
            {
                await body().ConfigureAwait(false);
            }
            catch
            {
                stop.Cancel();
                throw;
            }
        }, CancellationToken.None);

        var producer = Guarded(async () =>
        {
            try
            {
                foreach (var job in jobs)
                {
                    await queued.Writer.WriteAsync(job, token).ConfigureAwait(false);
                }
            }
            finally
            {
                queued.Writer.TryComplete();
            }
        });
        var runners = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => Guarded(async () =>
        {
            await foreach (var job in queued.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                foreach (var result in work(job))
                {
                    await done.Writer.WriteAsync(result, token).ConfigureAwait(false);
                }
            }
        })).ToArray();
        var consumer = Guarded(async () =>
        {
            await foreach (var result in done.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                consume(result);
            }
        });
        var finished = Task.WhenAll(runners).ContinueWith(_ => done.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

        try
        {
            Task.WaitAll([producer, .. runners, consumer, finished]);
        }
        catch (AggregateException ex)
        {
            // The cause, not the cancellations it set off in the other tasks.
            var cause = ex.Flatten().InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? ex.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(cause).Throw();
        }
    }
}
