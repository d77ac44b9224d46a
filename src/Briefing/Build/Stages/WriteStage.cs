using System.Text;
using Briefing.Build.Output;
using Briefing.Diagnostics;
using Briefing.Safety;
using Briefing.Site.Output;

namespace Briefing.Build.Stages;

/// <summary>
/// Write: the site goes, file by file as it is rendered, into a spare folder beside the output
/// (<c>.NAME.spare</c>, the site of the build before last), and when every file is there the spare and
/// the output swap names in one step. The output is always a whole site, the previous or the new one;
/// a failed or interrupted build leaves it untouched. Only files whose bytes differ from the spare's
/// are written, and only files the new site lacks are deleted, so a rebuild costs what changed, not
/// what the site holds. See docs/decisions.md.
/// </summary>
public sealed class WriteStage : ISiteSink
{
    private readonly string _output;
    private readonly string _full;
    private readonly string _spare;
    private readonly string? _liveManifest;
    private readonly string? _spareManifest;
    private readonly OutputManifest? _previous;
    private readonly OutputManifest? _live;
    private readonly OutputManifest _next = new();
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private bool _touched;
    private bool _started;
    private Exception? _failure;

    /// <summary>
    /// Starts a new site for <paramref name="output"/>; <paramref name="cache"/> (the briefing's
    /// <c>.briefing-cache</c>) keeps what each folder holds, so unchanged files need not be read.
    /// Without a cache, or where a link in it leads out of it, every file is compared by its bytes.
    /// </summary>
    public WriteStage(string output, string? cache)
    {
        _output = output;
        _full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(_full) ?? _full;
        _spare = Path.Combine(parent, $".{Path.GetFileName(_full)}.spare");
        var manifests = OutputCacheFolder.Of(cache, output);
        _liveManifest = LiveManifestIn(cache, manifests);
        _spareManifest = manifests is null ? null : PathContainment.Resolve(cache!, Path.Combine(manifests, "spare.manifest"), out _);
        _previous = OutputManifest.Read(_spareManifest);
        _live = OutputManifest.Read(_liveManifest);
    }

    /// <summary>
    /// True when the output still holds every file, unchanged in size and time, that the last build's
    /// manifest lists: a build that finds its inputs unchanged may then leave it as it is.
    /// </summary>
    public static bool LiveIsIntact(string output, string? cache)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var live = OutputManifest.Read(LiveManifestIn(cache, OutputCacheFolder.Of(cache, output)));
        return live is not null && live.Files.All(f => f.Value.Matches(Path.Combine(full, f.Key)));
    }

    private static string? LiveManifestIn(string? cache, string? manifests) =>
        manifests is null ? null : PathContainment.Resolve(cache!, Path.Combine(manifests, "live.manifest"), out _);

    /// <summary>Files written because they are new or changed.</summary>
    public int Written { get; private set; }

    /// <summary>Files that already held these bytes, so were not written.</summary>
    public int Unchanged { get; private set; }

    /// <inheritdoc />
    public void Add(SiteFile file, string? key = null)
    {
        if (_failure is not null)
        {
            return;
        }

        try
        {
            Start();
            Put(file, counted: true, key);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reported on commit; the files after this one are not attempted.
            _failure = ex;
        }
    }

    /// <inheritdoc />
    public bool Knows(string path, string key) =>
        _previous?.Files.GetValueOrDefault(path)?.Key == key || _live?.Files.GetValueOrDefault(path)?.Key == key;

    /// <inheritdoc />
    public bool Reuse(string path, string key)
    {
        if (_failure is not null)
        {
            return true;
        }

        try
        {
            Start();
            return KeepFromSpare(path, key) || LinkPageFromLive(path, key);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _failure = ex;
            return true;
        }
    }

    /// <summary>The spare (the site before last) already holds the page made from this key: nothing to do.</summary>
    private bool KeepFromSpare(string path, string key)
    {
        if (_previous?.Files.GetValueOrDefault(path) is not { } known || known.Key != key || !known.Matches(Path.Combine(_spare, path)))
        {
            return false;
        }

        _next.Files[path] = known;
        Unchanged++;
        return true;
    }

    /// <summary>The live site holds the page made from this key: the spare gets it as a second name of the same file.</summary>
    private bool LinkPageFromLive(string path, string key)
    {
        if (_live?.Files.GetValueOrDefault(path) is not { } known || known.Key != key || !known.Matches(Path.Combine(_full, path)))
        {
            return false;
        }

        LinkFromLive(path, known with { Key = key });
        return true;
    }

    /// <summary>
    /// The spare gets the live site's file at <paramref name="path"/>, which the live manifest says holds
    /// the bytes wanted (<paramref name="known"/>): linked, so neither read nor written, and not rewritten
    /// since the last build.
    /// </summary>
    private void LinkFromLive(string path, ManifestEntry known)
    {
        FileLink.LinkOrCopy(Path.Combine(_full, path), PrepareSlot(path));
        _next.Files[path] = known;
        Unchanged++;
    }

    /// <summary>Puts one file in the spare unless it already holds those bytes; <paramref name="counted"/> in <see cref="Written"/> or <see cref="Unchanged"/>.</summary>
    private void Put(SiteFile file, bool counted, string? key = null)
    {
        var path = Path.Combine(_spare, file.Path);
        var hash = OutputManifest.HashOf(file.Bytes);
        if (Holds(file, path, hash) is { } same)
        {
            _next.Files[file.Path] = same with { Key = key };
            Unchanged += counted ? 1 : 0;
            return;
        }

        if (counted && _live?.Files.GetValueOrDefault(file.Path) is { } live && live.Hash == hash && live.Size == file.Bytes.Length
            && live.Matches(Path.Combine(_full, file.Path)))
        {
            LinkFromLive(file.Path, live with { Key = key });
            return;
        }

        // A new file, never a write into the old one: the old one may be a second name of a live file.
        PrepareSlot(file.Path);
        File.WriteAllBytes(path, file.Bytes);
        _next.Files[file.Path] = ManifestEntry.Of(path, hash) with { Key = key };
        Written += counted ? 1 : 0;
    }

    /// <summary>Readies the spare for a new file at <paramref name="sitePath"/>: its folder made, whatever folder stood in its place gone.</summary>
    private string PrepareSlot(string sitePath)
    {
        var path = Path.Combine(_spare, sitePath);
        Touch();
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.Add(folder))
        {
            FolderFor(folder);
        }

        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }

        return path;
    }

    /// <inheritdoc />
    public bool Commit(DiagnosticBag diagnostics)
    {
        try
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            RemoveStale();
            Directory.CreateDirectory(_spare);

            // Neither manifest is true while the folders swap; a kill in between leaves none, not a wrong one.
            var live = _live;
            Forget(_liveManifest);
            Forget(_spareManifest);
            if (Directory.Exists(_full))
            {
                FolderExchange.Swap(_spare, _full);
            }
            else
            {
                Directory.Move(_spare, _full);
            }

            // The folder that was live is now the spare, and its manifest goes with it.
            live?.Write(_spareManifest);
            _next.Write(_liveManifest);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputUnwritable, SourceLocation.StartOf(_output.Replace('\\', '/')),
                $"the site could not be written to '{_output}': {ex.Message.TrimEnd('.')}; the previous output is untouched");
            return false;
        }
    }

    /// <inheritdoc />
    public void Abandon()
    {
        // The spare is left as it is: its manifest is gone once it was touched, so the next build
        // reads what it holds instead of trusting a list.
    }

    /// <summary>
    /// Before the first file: what an interrupted build left is cleared (issue 13's guard), a spare that
    /// is not the build's own is refused, and the marker that says the folder is the build's is added.
    /// </summary>
    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        OutputFolderGuard.ClearLeftovers(_full);
        if (Directory.Exists(_spare) && !OutputFolderGuard.IsOwned(_spare))
        {
            throw new IOException($"'{_spare}' holds files the build did not write (no {OutputFolderGuard.MarkerName}); move them away or delete the folder");
        }

        Put(SiteFile.Text(OutputFolderGuard.MarkerName, OutputFolderGuard.MarkerText), counted: false);
    }

    /// <summary>The manifest entry when the spare already holds exactly these bytes at <paramref name="path"/>; null when not.</summary>
    private ManifestEntry? Holds(SiteFile file, string path, string hash)
    {
        if (_previous?.Files.GetValueOrDefault(file.Path) is { } known)
        {
            return known.Hash == hash && known.Size == file.Bytes.Length && known.Matches(path) ? known : null;
        }

        // No manifest to go by: comparing costs a read, which is cheaper than a write.
        var info = new FileInfo(path);
        return info.Exists && info.Length == file.Bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Bytes)
            ? ManifestEntry.Of(path, hash)
            : null;
    }

    /// <summary>Before the spare's first change, its manifest goes: from then on it no longer describes the folder.</summary>
    private void Touch()
    {
        if (!_touched)
        {
            Forget(_spareManifest);
            _touched = true;
        }
    }

    private static void Forget(string? manifest)
    {
        if (manifest is not null && File.Exists(manifest))
        {
            File.Delete(manifest);
        }
    }

    /// <summary>Creates <paramref name="folder"/>, replacing a file that stands where a folder of the new site goes.</summary>
    private void FolderFor(string folder)
    {
        for (var f = folder; f.Length > _spare.Length; f = Path.GetDirectoryName(f)!)
        {
            if (File.Exists(f))
            {
                File.Delete(f);
            }
        }

        Directory.CreateDirectory(folder);
    }

    /// <summary>Deletes the spare's files the new site does not have, and the folders that leaves empty.</summary>
    private void RemoveStale()
    {
        if (!Directory.Exists(_spare))
        {
            return;
        }

        // What the folder holds, not what a manifest says it held: a file someone added is found too.
        var stale = Directory.EnumerateFiles(_spare, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_spare, p).Replace('\\', '/'))
            .Where(p => !_next.Files.ContainsKey(p))
            .ToList();
        if (stale.Count == 0)
        {
            return;
        }

        Touch();
        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in stale)
        {
            var path = Path.Combine(_spare, file);
            File.Delete(path);
            emptied.Add(Path.GetDirectoryName(path)!);
        }

        // Deepest first, so that a parent is looked at after its children.
        foreach (var folder in emptied.Reverse())
        {
            for (var f = folder; f.Length > _spare.Length && Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any(); f = Path.GetDirectoryName(f)!)
            {
                Directory.Delete(f);
            }
        }
    }
}
