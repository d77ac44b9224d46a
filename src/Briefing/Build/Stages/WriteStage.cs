using Briefing.Diagnostics;
using Briefing.Safety;

namespace Briefing.Build.Stages;

/// <summary>
/// Write: the site goes into a fresh folder beside the output, which is swapped in only once every
/// file is written, so a failed or interrupted build never leaves a half-written site.
/// </summary>
public static class WriteStage
{
    /// <summary>Writes <paramref name="site"/> to <paramref name="output"/>; false (reported) when it cannot.</summary>
    public static bool Run(RenderedSite site, string output, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? full;
        var name = Path.GetFileName(full);
        var fresh = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            OutputFolderGuard.ClearLeftovers(full);
            OutputFolderGuard.WriteMarker(fresh);

            // Sequential on purpose: creating files is bound by the file system (measured: writing in
            // parallel was no faster here), and one writer keeps failures simple to clean up.
            foreach (var file in site.Files)
            {
                var path = Path.Combine(fresh, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            if (Directory.Exists(full))
            {
                Directory.Move(full, old);
            }

            Directory.Move(fresh, full);
            OutputFolderGuard.TryDelete(old);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputFolderGuard.TryDelete(fresh);
            if (!Directory.Exists(full) && Directory.Exists(old))
            {
                Directory.Move(old, full);
            }

            diagnostics.Error(DiagnosticCodes.OutputUnwritable, SourceLocation.StartOf(output.Replace('\\', '/')),
                $"the site could not be written to '{output}': {ex.Message.TrimEnd('.')}; the previous output is untouched");
            return false;
        }
    }
}
