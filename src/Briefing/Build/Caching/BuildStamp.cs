using System.Text.Json;
using Briefing.Build.Output;
using Briefing.Diagnostics;
using Briefing.History;
using Briefing.Safety;

namespace Briefing.Build.Caching;

/// <summary>
/// What the last successful build of one output was made from: the program, the options, the commit
/// checked out, and every file it read (input/, the article texts, the theme folder), each with its
/// size, time and a hash of its bytes; and what it reported. When all of that is as it was and the
/// output still holds what that build wrote, the build has nothing to do: the same inputs make the
/// same bytes. A file whose size or time changed is hashed again, so a touch alone costs a read,
/// and a checkout that resets every time (CI) still matches when the bytes are the same.
/// </summary>
internal sealed record BuildStamp(string Inputs, IReadOnlyList<StampedFile> Files, StampedResult Result)
{
    private const string FileName = "build.stamp";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The stamp in <paramref name="folder"/> (the output's cache folder); null when there is none or it is unreadable.</summary>
    public static BuildStamp? Read(string? folder)
    {
        var path = PathIn(folder);
        try
        {
            return path is not null && File.Exists(path) ? JsonSerializer.Deserialize<BuildStamp>(File.ReadAllBytes(path), Json) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Deletes the stamp: from the start of a build until it has swapped its site in, no stamp is true.</summary>
    public static void Forget(string? folder)
    {
        if (PathIn(folder) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Writes the stamp whole or not at all.</summary>
    public void Write(string? folder)
    {
        if (PathIn(folder) is not { } path)
        {
            return;
        }

        Directory.CreateDirectory(folder!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Takes the stamp of a build of <paramref name="options"/> that read the article texts at <paramref name="texts"/>;
    /// hashes already known from <paramref name="previous"/> are reused for files whose size and time match.
    /// Null when a file cannot be listed or read now, or changed after <paramref name="started"/> (the build may
    /// have read it before the change); the next build then runs in full.
    /// </summary>
    public static BuildStamp? Take(BuildOptions options, string inputs, IEnumerable<string> texts, StampedResult result, BuildStamp? previous, DateTime started) =>
        StampedFiles.Of(options, texts, previous?.Files, started - ClockSlack) is { } files ? new(inputs, files, result) : null;

    /// <summary>A file's time comes from a coarser clock than the build's start, and may read a few milliseconds early.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(20);

    /// <summary>True when a build of <paramref name="options"/> from <paramref name="inputs"/> would read exactly what this one did.</summary>
    public bool Holds(BuildOptions options, string inputs) =>
        Inputs == inputs && StampedFiles.Same(Files, StampedFiles.Of(options, Files.Where(f => f.Kind == StampedFiles.Text).Select(f => f.Path), Files));

    /// <summary>The options, the program and the commit checked out, as one string; taken before a build reads anything.</summary>
    public static string InputsOf(BuildOptions options)
    {
        var head = options.History ? CheckoutProbe.Probe(options.Root) is { Head: { } h } ? h.Id : "no commit" : "history off";
        return string.Join("\n", "build-stamp v1", RenderKeys.ProgramIdentity, Path.GetFullPath(options.Root), Path.GetFullPath(options.Output),
            Path.GetFullPath(options.Theme), options.BaseUrl?.AbsoluteUri ?? "", options.Strict, options.NoIndex, head);
    }

    private static string? PathIn(string? folder) => folder is null ? null : Path.Combine(folder, FileName);
}

/// <summary>A file a build read: its kind (input, text, theme), path, where links led, size, time and hash.</summary>
internal sealed record StampedFile(string Kind, string Path, string RealPath, long Size, long Time, string Hash);

/// <summary>What a build reported, to be reported again when a later build finds nothing to do.</summary>
internal sealed record StampedResult(int Pages, int Files, int Sources, int Claims, IReadOnlyList<StampedDiagnostic> Diagnostics)
{
    /// <summary>The diagnostics as the build reported them.</summary>
    public IReadOnlyList<Diagnostic> Reported() =>
        [.. Diagnostics.Select(d => new Diagnostic(d.Severity, d.Code, d.Message, new SourceLocation(d.File, d.Line, d.Column)))];

    /// <summary>The summary of <paramref name="result"/>.</summary>
    public static StampedResult Of(BuildResult result) =>
        new(result.PagesWritten, result.FilesWritten, result.Sources, result.Claims,
            [.. result.Diagnostics.Select(d => new StampedDiagnostic(d.Severity, d.Code, d.Message, d.Location.File, d.Location.Line, d.Location.Column))]);
}

/// <summary>One diagnostic, flat, as the stamp keeps it.</summary>
internal sealed record StampedDiagnostic(Severity Severity, string Code, string Message, string File, int Line, int Column);
