using System.Runtime.InteropServices;

namespace Briefing.Build.Output;

/// <summary>
/// Gives a file of the live site a second name in the spare (a hard link, POSIX <c>link</c>), so a file
/// that is the same in the new site costs neither a read nor a write, and keeps its modification time.
/// The write stage never writes into an existing file, only replaces it, so the two names never part
/// from each other's bytes by accident. Where links cannot be made (another system, another file
/// system), the file is copied.
/// </summary>
internal static class FileLink
{
    /// <summary>Makes <paramref name="to"/> (which must not exist) name the file at <paramref name="from"/>, or a copy of it.</summary>
    public static void LinkOrCopy(string from, string to)
    {
        if (OperatingSystem.IsWindows() || !TryLink(from, to))
        {
            File.Copy(from, to, overwrite: false);
        }
    }

    private static bool TryLink(string from, string to)
    {
        try
        {
            return Link(from, to) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);
}
