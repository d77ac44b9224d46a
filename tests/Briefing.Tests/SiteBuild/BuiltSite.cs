using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefing.Build;
using Briefing.Tests.Support;

namespace Briefing.Tests.SiteBuild;

/// <summary>A site built by the real pipeline into a temporary folder, with its pages parsed by AngleSharp on demand.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly Dictionary<string, IHtmlDocument> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    // History is off unless asked for: most fixtures live inside this repository, and their pages must not
    // change with its commits (the snapshot would have to name the commit it is committed in).
    public BuiltSite(string root, string? baseUrl = null, string? theme = null, bool history = false)
    {
        Output = Path.Combine(Path.GetTempPath(), "briefing-site-tests", Guid.NewGuid().ToString("N"));
        var options = BuildOptions.ForRoot(root) with
        {
            Output = Output,
            Theme = theme ?? Path.Combine(RepoPaths.Root, "theme"),
            BaseUrl = baseUrl is null ? null : new Uri(baseUrl),
            History = history,
        };
        Result = BuildPipeline.Run(options);
        BasePath = new Uri(baseUrl ?? "https://briefing.example.org/").AbsolutePath;
    }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>The base URL's path the site was built for, e.g. "/" or "/briefing/".</summary>
    public string BasePath { get; }

    /// <summary>Every HTML file, relative to the output folder, sorted.</summary>
    public IReadOnlyList<string> HtmlFiles => [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>The parsed page at a path relative to the output folder.</summary>
    public IHtmlDocument Page(string relativePath)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(relativePath, out var doc))
            {
                doc = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relativePath)));
                _documents[relativePath] = doc;
            }

            return doc;
        }
    }

    /// <summary>
    /// The output file an internal URL path points at ("/briefing/claims/x/" → "claims/x/index.html"),
    /// or null when the path is outside the site's base path.
    /// </summary>
    public string? FileOf(string urlPath)
    {
        if (!urlPath.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var rel = Uri.UnescapeDataString(urlPath[BasePath.Length..]);
        return rel.Length == 0 || rel.EndsWith('/') ? rel + "index.html" : rel;
    }

    public void Dispose()
    {
        foreach (var doc in _documents.Values)
        {
            doc.Dispose();
        }

        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
