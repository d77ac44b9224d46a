namespace Briefing.Diagnostics;

/// <summary>
/// Collects diagnostics instead of throwing, so that one run reports every problem.
/// Thread-safe, because sources are anchored in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>Adds an error.</summary>
    public void Error(string code, SourceLocation at, string message) => Add(new Diagnostic(Severity.Error, code, message, at));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, SourceLocation at, string message) => Add(new Diagnostic(Severity.Warning, code, message, at));

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>How many diagnostics have been reported so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>How many errors have been reported so far.</summary>
    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.IsError);
            }
        }
    }

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>
    /// Every diagnostic once, cause first (see <see cref="DiagnosticOrder"/>), in a stable order that does
    /// not depend on which thread found what first.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            // Identical reports (a template error hit by every page) are one problem to the editor.
            return [.. DiagnosticOrder.CauseFirst(_items.Distinct())];
        }
    }
}
