using Briefing.Build;
using Briefing.Diagnostics;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// A briefing built by the real pipeline into a temporary folder and served on 127.0.0.1 at a base path.
/// The server starts first because the build needs its port for the base URL (canonical links, data).
/// </summary>
internal sealed class ServedSite : IDisposable
{
    private readonly StaticSiteServer _server;

    public ServedSite(string briefingRoot, string basePath)
    {
        var output = Path.Combine(Path.GetTempPath(), "briefing-browser-tests", Guid.NewGuid().ToString("N"));
        _server = StaticSiteServer.Start(output, basePath);
        var options = BuildOptions.ForRoot(briefingRoot) with
        {
            Output = output,
            Theme = RepoPaths.Theme,
            BaseUrl = _server.BaseUrl,
        };
        var result = BuildPipeline.Run(options);
        if (!result.Succeeded)
        {
            _server.Dispose();
            throw new InvalidOperationException($"The briefing at {briefingRoot} did not build:{Environment.NewLine}" +
                string.Join(Environment.NewLine, result.Diagnostics.Select(DiagnosticFormatter.ToCanonical)));
        }
    }

    /// <summary>The built site's folder.</summary>
    public string Output => _server.Folder;

    /// <summary>e.g. http://127.0.0.1:40123/briefing/</summary>
    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>"/" or e.g. "/briefing/".</summary>
    public string BasePath => _server.BasePath;

    /// <summary>The absolute URL of a path relative to the base ("claims/x/", "search/?q=y").</summary>
    public string Url(string relative) => new Uri(BaseUrl, relative).AbsoluteUri;

    /// <summary>Every HTML file of the site, absolute paths, sorted.</summary>
    public IReadOnlyList<string> HtmlFiles =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        _server.Dispose();
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
