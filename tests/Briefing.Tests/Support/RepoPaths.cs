using System.Runtime.CompilerServices;

namespace Briefing.Tests.Support;

/// <summary>Finds the checkout, so tests read the real seed briefing and fixtures in place.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    // The test output is usually inside the checkout, but not with --artifacts-path elsewhere:
    // then the working folder or, last, this file's own path at compile time leads back to it.
    private static string FindRoot() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(SourcePath()) ?? "" }
            .Select(Above)
            .FirstOrDefault(root => root is not null)
        ?? throw new InvalidOperationException("Briefing.sln not found above the test output, the working folder or the test sources");

    private static string? Above(string start)
    {
        for (var dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string SourcePath([CallerFilePath] string path = "") => path;
}
