using System.Runtime.InteropServices;

namespace Briefing.Build.Output;

/// <summary>
/// Swaps two folders' names in one step (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so that at
/// every moment the output is either the whole previous site or the whole new one. Where the system
/// cannot, three renames do it, and for an instant between them the output folder is absent.
/// </summary>
internal static class FolderExchange
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

    /// <summary>Swaps <paramref name="a"/> and <paramref name="b"/>, both existing folders on one file system.</summary>
    public static void Swap(string a, string b)
    {
        if (TryExchange(a, b))
        {
            return;
        }

        var aside = Path.Combine(Path.GetDirectoryName(b)!, $".{Path.GetFileName(b)}.old-{Guid.NewGuid():N}");
        Directory.Move(b, aside);
        Directory.Move(a, b);
        Directory.Move(aside, a);
    }

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(CurrentFolder, a, CurrentFolder, b, Exchange) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
