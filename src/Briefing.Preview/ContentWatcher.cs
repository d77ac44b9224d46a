namespace Briefing.Preview;

/// <summary>
/// Watches input/, seeds/ and theme/ and calls back once per burst of changes: editors' tools save
/// a file in several steps (temp file, rename, touch), and one rebuild per save is what is wanted.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    /// <summary>
    /// Watches <paramref name="folders"/> (those that exist); <paramref name="changed"/> runs after <paramref name="quiet"/>
    /// without further change. A folder that cannot be watched (on Linux, when the per-user limit of inotify
    /// watches is used up) is reported through <paramref name="warn"/>, never silently left unwatched.
    /// </summary>
    public ContentWatcher(IEnumerable<string> folders, TimeSpan quiet, Action changed, Action<string>? warn = null)
    {
        _quiet = quiet;
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, e) => warn?.Invoke(CannotWatch(folder, e.GetException()));
            try
            {
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                warn?.Invoke(CannotWatch(folder, ex));
            }

            _watchers.Add(watcher);
        }
    }

    /// <summary>The warning for a folder whose changes will not be seen.</summary>
    public static string CannotWatch(string folder, Exception problem) =>
        $"warning: cannot watch '{folder}' for changes ({problem.Message.TrimEnd('.')}): saves there will not rebuild the preview. " +
        "On Linux, raise the limit (sysctl fs.inotify.max_user_watches) or stop other programs that watch many folders, then restart the preview.";

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files are not content.
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal))
        {
            return;
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
