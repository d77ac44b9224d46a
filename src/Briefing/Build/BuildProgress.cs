using System.Diagnostics;

namespace Briefing.Build;

/// <summary>
/// How far a build or validation has got: the stage, items done of the total, since when. The stages
/// update it from any thread; a display (the terminal's progress line) reads <see cref="Snapshot"/>
/// whenever it likes. Updating costs an interlocked add, so the stages never wait on the display.
/// </summary>
public sealed class BuildProgress
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string _stage = "";
    private string _unit = "";
    private int _total;
    private int _done;
    private TimeSpan _started;

    /// <summary>A progress nobody watches.</summary>
    public static BuildProgress None => new();

    /// <summary>Starts <paramref name="stage"/>, of <paramref name="total"/> <paramref name="unit"/> (0: not counted).</summary>
    public void Begin(string stage, int total, string unit)
    {
        lock (_gate)
        {
            _stage = stage;
            _unit = unit;
            _total = total;
            _started = _clock.Elapsed;
            Interlocked.Exchange(ref _done, 0);
        }
    }

    /// <summary>Counts <paramref name="items"/> more done in the current stage.</summary>
    public void Advance(int items = 1) => Interlocked.Add(ref _done, items);

    /// <summary>Ends the current stage.</summary>
    public void End()
    {
        lock (_gate)
        {
            _stage = "";
        }
    }

    /// <summary>Where the work is now; <see cref="ProgressSnapshot.Stage"/> is empty between stages.</summary>
    public ProgressSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new ProgressSnapshot(_stage, Volatile.Read(ref _done), _total, _unit, _clock.Elapsed - _started, _clock.Elapsed);
        }
    }
}

/// <summary>One reading of a <see cref="BuildProgress"/>: the stage, done of total, the stage's time and the whole run's.</summary>
public sealed record ProgressSnapshot(string Stage, int Done, int Total, string Unit, TimeSpan StageElapsed, TimeSpan RunElapsed)
{
    /// <summary>Items a second in this stage; 0 before any time has passed.</summary>
    public double Rate => StageElapsed.TotalSeconds > 0 ? Done / StageElapsed.TotalSeconds : 0;
}
