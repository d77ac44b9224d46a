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
        var manifests = cache is null ? null : Path.Combine(cache, "output", "v1", OutputManifest.HashOf(Encoding.UTF8.GetBytes(_full)));
        _liveManifest = manifests is null ? null : PathContainment.Resolve(cache!, Path.Combine(manifests, "live.manifest"), out _);
        _spareManifest = manifests is null ? null : PathContainment.Resolve(cache!, Path.Combine(manifests, "spare.manifest"), out _);
        _previous = OutputManifest.Read(_spareManifest);
    }

    /// <summary>Files written because they are new or changed.</summary>
    public int Written { get; private set; }

    /// <summary>Files that already held these bytes, so were not written.</summary>
    public int Unchanged { get; private set; }

    /// <inheritdoc />
    public void Add(SiteFile file)
    {
        if (_failure is not null)
        {
            return;
        }

        try
        {
            Start();
            Put(file, counted: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reported on commit; the files after this one are not attempted.
            _failure = ex;
        }
    }

    /// <summary>Puts one file in the spare unless it already holds those bytes; <paramref name="counted"/> in <see cref="Written"/> or <see cref="Unchanged"/>.</summary>
    private void Put(SiteFile file, bool counted)
    {
        var path = Path.Combine(_spare, file.Path);
        var hash = OutputManifest.HashOf(file.Bytes);
        if (Holds(file, path, hash) is { } same)
        {
            _next.Files[file.Path] = same;
            Unchanged += counted ? 1 : 0;
            return;
        }

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

        File.WriteAllBytes(path, file.Bytes);
        _next.Files[file.Path] = ManifestEntry.Of(path, hash);
        Written += counted ? 1 : 0;
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
            var live = OutputManifest.Read(_liveManifest);
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
