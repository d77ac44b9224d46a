using Briefing.Build.Output;
using Briefing.Diagnostics;
using Briefing.Safety;

namespace Briefing.Build.Caching;

/// <summary>
/// The files a build reads, listed for a <see cref="BuildStamp"/>: everything under input/ (hidden
/// files too, so the list is a superset of what the loader takes), the article texts the sources
/// name, and the theme folder's files. A link that leads out of the briefing makes the list
/// unusable: the build must run to report it.
/// </summary>
internal static class StampedFiles
{
    public const string Input = "input";
    public const string Text = "text";
    public const string Theme = "theme";

    /// <summary>
    /// The files now, or null when one cannot be listed or read, or was changed at or after
    /// <paramref name="unchangedSince"/> (then what it holds now may not be what a build read);
    /// hashes in <paramref name="known"/> are reused where size and time match.
    /// </summary>
    public static IReadOnlyList<StampedFile>? Of(BuildOptions options, IEnumerable<string> texts, IReadOnlyList<StampedFile>? known,
        DateTime? unchangedSince = null)
    {
        var root = Path.GetFullPath(options.Root);
        var byPath = known?.ToDictionary(f => (f.Kind, f.Path)) ?? [];
        var problems = 0;
        var found = new List<(string Kind, string Path, string Real)>();
        found.AddRange(ContainedFiles.Enumerate(root, Path.Combine(root, "input"), _ => problems++)
            .Select(f => (Input, Relative(root, f.Path), f.RealPath)));
        foreach (var text in texts)
        {
            var real = PathContainment.Resolve(root, Path.Combine(root, text), out _);
            if (real is null)
            {
                return null;
            }

            found.Add((Text, text, real));
        }

        if (Directory.Exists(options.Theme))
        {
            var theme = ThemeFolder.Of(options);
            var diagnostics = new DiagnosticBag();
            found.AddRange(theme.Files(diagnostics).Select(f => (Theme, theme.PathOf(f), f.RealPath)));
            problems += diagnostics.Count;
        }

        return problems > 0 ? null : Stamp(found, byPath, unchangedSince?.Ticks ?? long.MaxValue);
    }

    /// <summary>True when <paramref name="now"/> lists the same files with the same bytes as <paramref name="then"/>.</summary>
    public static bool Same(IReadOnlyList<StampedFile> then, IReadOnlyList<StampedFile>? now) =>
        now is not null && then.Count == now.Count && then.Zip(now).All(p =>
            p.First.Kind == p.Second.Kind && p.First.Path == p.Second.Path && p.First.RealPath == p.Second.RealPath && p.First.Hash == p.Second.Hash);

    /// <summary>
    /// A file changed this recently may change again within the file system's clock tick and keep its
    /// size and time: its time is not recorded, so the next build reads it instead of trusting it.
    /// </summary>
    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    private static List<StampedFile>? Stamp(List<(string Kind, string Path, string Real)> found, Dictionary<(string, string), StampedFile> known, long limit)
    {
        var files = new List<StampedFile>(found.Count);
        var racy = (DateTime.UtcNow - Racy).Ticks;
        foreach (var (kind, path, real) in found)
        {
            var info = new FileInfo(real);
            if (!info.Exists)
            {
                return null;
            }

            var time = info.LastWriteTimeUtc.Ticks;
            if (time >= limit)
            {
                return null;
            }

            var hash = known.GetValueOrDefault((kind, path)) is { } k && k.RealPath == real && k.Size == info.Length && k.Time == time
                ? k.Hash
                : HashOf(real);
            if (hash is null)
            {
                return null;
            }

            files.Add(new StampedFile(kind, path, real, info.Length, time >= racy ? 0 : time, hash));
        }

        return files;
    }

    private static string? HashOf(string path)
    {
        try
        {
            return OutputManifest.HashOf(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
