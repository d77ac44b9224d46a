using System.Diagnostics;

namespace Briefing.Build.Streaming;

/// <summary>
/// Time spent on one kind of work inside a streamed stage, summed over the threads doing it: where the
/// stage's wall time went when models, rendering and writing overlap.
/// </summary>
internal sealed class BusyTime
{
    private long _ticks;

    /// <summary>The total so far.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    /// <summary>Runs <paramref name="work"/>, adding its time.</summary>
    public T Measure<T>(Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(start).Ticks);
        }
    }

    /// <summary>Runs <paramref name="work"/>, adding its time.</summary>
    public void Measure(Action work) => Measure(() =>
    {
        work();
        return 0;
    });

    /// <summary><paramref name="items"/>, with the time each takes to be made added.</summary>
    public IEnumerable<T> Measure<T>(IEnumerable<T> items)
    {
        using var e = items.GetEnumerator();
        while (Measure(e.MoveNext))
        {
            yield return e.Current;
        }
    }
}
