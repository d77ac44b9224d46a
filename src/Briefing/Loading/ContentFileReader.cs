using System.Text;
using Briefing.Diagnostics;
using Briefing.Safety;

namespace Briefing.Loading;

/// <summary>
/// Reads files of a briefing as strict UTF-8 with a size limit, reporting instead of throwing,
/// so that a missing, huge or binary file gets a located error and never a stack trace. Only files
/// that resolve inside the root are read: a link leading out is reported, and its target never opened.
/// </summary>
internal static class ContentFileReader
{
    /// <summary>The largest YAML or Markdown file read: far above any hand-written file.</summary>
    public const long MaxContentBytes = 4 * 1024 * 1024;

    /// <summary>The largest article text read: a very long article is under 1 MB.</summary>
    public const long MaxArticleBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads <paramref name="relativePath"/> under <paramref name="root"/>. Problems are reported at
    /// <paramref name="reportAt"/> (the YAML node that names the file) or at the file itself.
    /// </summary>
    public static string? Read(string root, string relativePath, long maxBytes, DiagnosticBag diagnostics, SourceLocation? reportAt = null)
    {
        var at = reportAt ?? SourceLocation.StartOf(relativePath);
        var full = PathContainment.Resolve(root, Path.Combine(root, relativePath), out var outside);
        if (full is null)
        {
            diagnostics.Error(DiagnosticCodes.LinkOutsideBriefing, at, outside!.Message());
            return null;
        }

        try
        {
            var info = new FileInfo(full);
            if (!info.Exists)
            {
                diagnostics.Error(reportAt is null ? DiagnosticCodes.FileUnreadable : DiagnosticCodes.TextFileNotFound, at,
                    $"file '{relativePath}' does not exist");
                return null;
            }

            if (info.Length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, at,
                    $"'{relativePath}' is {info.Length / (1024 * 1024.0):0.#} MB; files over {maxBytes / (1024 * 1024)} MB are not read");
                return null;
            }

            return Decode(File.ReadAllBytes(full), relativePath, at, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, at, $"'{relativePath}' cannot be read: {ex.Message}");
            return null;
        }
    }

    private static string? Decode(byte[] bytes, string relativePath, SourceLocation at, DiagnosticBag diagnostics)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            diagnostics.Error(DiagnosticCodes.TextNotUtf8, at,
                $"'{relativePath}' is not valid UTF-8 (bad byte at offset {ex.Index}); save it as UTF-8");
            return null;
        }
    }
}
