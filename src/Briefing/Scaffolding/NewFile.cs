using System.Text;

namespace Briefing.Scaffolding;

/// <summary>Writes a file that must not exist yet: an existing file is never overwritten, even one created a moment ago.</summary>
internal static class NewFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="full"/>; null, or why nothing was written.</summary>
    public static string? Write(string full, string relative, string content)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(content));
            return null;
        }
        catch (IOException) when (File.Exists(full))
        {
            return $"'{relative}' already exists and is never overwritten";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write '{relative}': {ex.Message}";
        }
    }
}
