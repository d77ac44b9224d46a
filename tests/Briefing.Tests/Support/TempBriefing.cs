using System.Text;

namespace Briefing.Tests.Support;

/// <summary>
/// A small briefing written to a fresh temporary folder, described inline in the test,
/// and deleted afterwards.
/// </summary>
internal sealed class TempBriefing : IDisposable
{
    public const string Site = "title: Test briefing\nbase_url: https://example.org/\n";

    public const string Article = "A headline for the test\nThe council approved 12 new buses on Monday.\nSubscribe now\n";

    public const string Source = "title: A test article\ntext: seeds/article.txt\npublished: 2024-10-16\nboilerplate: [Subscribe now]\n";

    public const string Claims = """
        - id: buses-approved
          statement: The council approved new buses.
          topics: [transport]
          evidence:
            - source: test-source
              quote: The council approved 12 new buses
        """;

    public const string Topic = "---\ntitle: Transport\n---\nSee [the claim](claim:buses-approved).\n";

    private TempBriefing(string root) => RootPath = root;

    public string RootPath { get; }

    /// <summary>A valid one-claim briefing, with <paramref name="files"/> replacing or adding files (null content deletes).</summary>
    public static TempBriefing With(params (string Path, string? Content)[] files)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["input/site.yml"] = Site,
            ["seeds/article.txt"] = Article,
            ["input/sources/test-source.yml"] = Source,
            ["input/claims/main.yml"] = Claims,
            ["input/topics/transport.md"] = Topic,
        };
        foreach (var (path, content) in files)
        {
            all[path] = content;
        }

        var briefing = new TempBriefing(Path.Combine(Path.GetTempPath(), "briefing-tests", Guid.NewGuid().ToString("N")));
        foreach (var (path, content) in all.Where(f => f.Value is not null))
        {
            briefing.Write(path, Encoding.UTF8.GetBytes(content!));
        }

        return briefing;
    }

    public void Write(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(RootPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Dispose()
    {
        if (Directory.Exists(RootPath))
        {
            Directory.Delete(RootPath, recursive: true);
        }
    }
}
