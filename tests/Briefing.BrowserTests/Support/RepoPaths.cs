using System.Reflection;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Finds the checkout. The path is baked in at build time (see the .csproj) because the tests may run
/// from an artifacts folder outside it; walking up to Briefing.sln is the fallback for a copied build.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>This project's folder, which holds the html-validate install.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "Briefing.BrowserTests");

    private static string FindRoot()
    {
        var baked = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "Briefing.sln")))
        {
            return Path.GetFullPath(baked);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Briefing.sln not found: neither at the path baked in at build time nor above " + AppContext.BaseDirectory);
    }
}
