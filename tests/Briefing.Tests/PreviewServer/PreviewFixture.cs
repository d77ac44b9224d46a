using Briefing.Build;
using Briefing.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.PreviewServer;

/// <summary>A copy of the seed briefing in a temporary folder, served by a real preview on a free loopback port.</summary>
public sealed class PreviewFixture : IAsyncDisposable
{
    private PreviewFixture(string root, Briefing.Preview.PreviewServer server, StringWriter log)
    {
        Root = root;
        Server = server;
        Log = log;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Root { get; }

    public Briefing.Preview.PreviewServer Server { get; }

    public StringWriter Log { get; }

    public HttpClient Http { get; }

    public static async Task<PreviewFixture> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-preview-tests", Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "input", "seeds", "theme" })
        {
            Copy(Path.Combine(RepoPaths.Root, folder), Path.Combine(root, folder));
        }

        var log = new StringWriter();
        var server = new Briefing.Preview.PreviewServer(BuildOptions.ForRoot(root), 0, TextWriter.Synchronized(log));
        await server.StartAsync(CancellationToken.None);
        return new PreviewFixture(root, server, log);
    }

    public string ClaimsFile => Path.Combine(Root, "input", "claims", "deployment.yml");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
