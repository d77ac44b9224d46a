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
    /// Every diagnostic once, in a stable order (file, line, column, code, message), so that output
    /// does not depend on which thread found what first.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            // Identical reports (a template error hit by every page) are one problem to the editor.
            return [.. _items
                .Distinct()
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
