using Briefing.Build;

namespace Briefing.Cli;

/// <summary>
/// The output folder is replaced wholesale on every build, so it must never be, or contain,
/// the briefing's own files: refuse such a command line before anything is touched.
/// </summary>
internal static class OutputGuard
{
    public static string? Problem(BuildOptions build)
    {
        var output = Normalise(build.Output);
        string[] precious = [build.Root, Path.Combine(build.Root, "input"), Path.Combine(build.Root, "seeds"), build.Theme];
        foreach (var folder in precious.Select(Normalise))
        {
            if (folder == output || folder.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return $"--output '{build.Output}' would replace '{folder}'; choose a folder of its own, such as <root>/output";
            }
        }

        return null;
    }

    private static string Normalise(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
