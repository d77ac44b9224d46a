namespace Briefing.Diagnostics;

/// <summary>
/// A place an editor wrote: a path relative to the briefing's root (always with '/'),
/// and a one-based line and column.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The start of a file, for problems that belong to the file as a whole.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>The same file, shifted down by <paramref name="lines"/> lines (front matter, Markdown bodies).</summary>
    public SourceLocation Offset(int lines, int column) => new(File, Line + lines, column);

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column})";
}
