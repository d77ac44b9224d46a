namespace Briefing.Preview;

/// <summary>The content types of the files a site holds, as a static host sends them (also used by the browser tests' server).</summary>
public static class ContentTypes
{
    /// <summary>The content type of the file at <paramref name="path"/>.</summary>
    public static string Of(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => path.EndsWith("feed.xml", StringComparison.Ordinal) ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".woff2" => "font/woff2",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
}
