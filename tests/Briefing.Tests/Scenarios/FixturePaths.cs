using System.Runtime.CompilerServices;

namespace Briefing.Tests.Scenarios;

/// <summary>
/// Finds tests/Briefing.Tests/fixtures in the source tree. Fixtures are read where they are committed,
/// never copied to the output folder, so that editing one needs no rebuild.
/// </summary>
internal static class FixturePaths
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The fixtures folder.</summary>
    public static string FixturesRoot => Root.Value;

    /// <summary>The minimal valid briefing every scenario starts from.</summary>
    public static string Base => Path.Combine(FixturesRoot, "base");

    /// <summary>Scenarios that must produce exactly their expected.txt.</summary>
    public static string Invalid => Path.Combine(FixturesRoot, "invalid");

    /// <summary>Scenarios that must produce no diagnostics at all.</summary>
    public static string Valid => Path.Combine(FixturesRoot, "valid");

    /// <summary>The scenario names (folder names) under <paramref name="folder"/>, sorted.</summary>
    public static IEnumerable<string> ScenariosIn(string folder) =>
        Directory.EnumerateDirectories(folder).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    private static string Locate()
    {
        // The output folder normally sits under the repository. With --artifacts-path outside it, fall back
        // to the working directory, then to where this file was compiled from.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), ThisFileFolder() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "Briefing.Tests", "fixtures");
                }
            }
        }

        throw new InvalidOperationException("Briefing.sln not found above the test output folder, the working directory or the test sources");
    }

    private static string ThisFileFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
