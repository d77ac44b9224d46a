using System.Text;
using Briefing.Safety;

namespace Briefing.Build.Output;

/// <summary>
/// The folder of <c>.briefing-cache</c> that describes one output folder: the manifests of the live
/// site and its spare, and the stamp of the build that made it. Named by a hash of the output's full
/// path, so two outputs of one briefing (a site and a deploy preview) keep their own.
/// </summary>
internal static class OutputCacheFolder
{
    /// <summary>Bumped when what the folder holds changes shape: an older folder is then never read.</summary>
    private const string Version = "v2";

    /// <summary>The folder for <paramref name="output"/>; null without a usable cache or where a link in it leads out.</summary>
    public static string? Of(string? cache, string output)
    {
        if (cache is null)
        {
            return null;
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        return PathContainment.Resolve(cache, Path.Combine(cache, "output", Version, OutputManifest.HashOf(Encoding.UTF8.GetBytes(full))), out _);
    }
}
