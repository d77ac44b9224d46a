using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Launches the system's Chromium (Debian's package), never a downloaded one: browser downloads fail on
/// the closed network, so `playwright install` is not an option. A missing browser fails every test
/// with the fix in the message; it is never a reason to skip.
/// </summary>
internal static class Chromium
{
    /// <summary>Overrides the executable, e.g. on a machine whose Chromium lives elsewhere.</summary>
    public const string PathVariable = "BRIEFING_CHROMIUM";

    private const string DefaultPath = "/usr/bin/chromium";

    /// <summary>
    /// Without the background-networking flags Chromium tries to reach Google's services, and the closed
    /// network refuses those connections; the tests must see only the site's own requests.
    /// </summary>
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var executable = ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {executable}. The browser tests need it: install Debian's package " +
                $"(`apt-get install -y chromium`) or point {PathVariable} at a Chromium executable. " +
                "Do not run `playwright install`: browser downloads fail on this network.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Arguments,
        });
    }
}
