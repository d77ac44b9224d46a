using System.Globalization;
using Briefing.Build;

namespace Briefing.Cli;

/// <summary>
/// The progress line of a long build or validation on a terminal: once the run has taken about a
/// second, one line, redrawn in place a few times a second, says the stage, the items done of the
/// total and the rate. Output that goes to a file or a pipe (a CI log) gets no progress line at all,
/// only the ordinary lines. Plain ANSI: carriage return and "erase line", which every terminal knows.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private const string EraseLine = "\r\u001b[2K";
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);
    private readonly BuildProgress _progress;
    private readonly TextWriter _output;
    private readonly TimeSpan _after;
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private bool _shown;
    private bool _done;

    private ProgressDisplay(BuildProgress progress, TextWriter output, bool terminal, TimeSpan after)
    {
        _progress = progress;
        _output = output;
        _after = after;
        _timer = terminal ? new Timer(_ => Draw(), null, Every, Every) : null;
    }

    /// <summary>The progress the run reports to.</summary>
    public BuildProgress Progress => _progress;

    /// <summary>
    /// A display for <paramref name="output"/>: live only when it is the process's own standard output
    /// and that is a terminal (not redirected, TERM not "dumb"). <c>BRIEFING_PROGRESS_AFTER_MS</c>
    /// changes the one-second wait, so a test can see the line on a quick build.
    /// </summary>
    public static ProgressDisplay For(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        var after = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_PROGRESS_AFTER_MS"), CultureInfo.InvariantCulture, out var ms) && ms >= 0
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.FromSeconds(1);
        return new ProgressDisplay(new BuildProgress(), output, terminal, after);
    }

    /// <summary>Writes an ordinary line, taking the progress line away first so the two never mix.</summary>
    public void Line(string text)
    {
        lock (_gate)
        {
            Erase();
            _output.WriteLine(text);
        }
    }

    /// <summary>The progress line for a reading: "render: 4,210 of 11,333 pages, 1,050 a second".</summary>
    public static string Describe(ProgressSnapshot now)
    {
        var rate = now.Rate.ToString("N0", CultureInfo.InvariantCulture);
        return now.Total > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{now.Stage}: {now.Done:N0} of {now.Total:N0} {now.Unit}, {rate} a second")
            : string.Create(CultureInfo.InvariantCulture, $"{now.Stage}: {now.StageElapsed.TotalSeconds:0.0} s");
    }

    private void Draw()
    {
        lock (_gate)
        {
            var now = _progress.Snapshot();
            if (_done || now.RunElapsed < _after || now.Stage.Length == 0)
            {
                return;
            }

            _output.Write(EraseLine + Describe(now));
            _output.Flush();
            _shown = true;
        }
    }

    private void Erase()
    {
        if (_shown)
        {
            _output.Write(EraseLine);
            _shown = false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _done = true;
            Erase();
            _output.Flush();
        }
    }
}
