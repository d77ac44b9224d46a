using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Tests.Support;

namespace Briefing.Tests.Editor;

/// <summary>
/// A minimal Language Server Protocol client over stdio for the real <c>yaml-language-server</c>, the server
/// VS Code's YAML extension runs: it starts the server in a folder, gives it the settings the folder's
/// .vscode/settings.json holds (as VS Code does), opens documents and collects the diagnostics it publishes.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly JsonObject _yamlSettings;
    private readonly Dictionary<string, TaskCompletionSource<JsonArray>> _diagnostics = new(StringComparer.Ordinal);
    private readonly Task _reader;
    private int _nextId = 1;

    private LanguageServerClient(Process process, JsonObject yamlSettings)
    {
        _process = process;
        _yamlSettings = yamlSettings;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>The npm install this client runs (test.sh installs it from its lock file).</summary>
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "yaml-language-server");

    private static string ServerScript => Path.Combine(Folder, "node_modules", "yaml-language-server", "bin", "yaml-language-server");

    /// <summary>Starts the server with <paramref name="root"/> as the workspace folder and its VS Code settings.</summary>
    public static async Task<LanguageServerClient> StartAsync(string root)
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException($"yaml-language-server is not installed: run `npm ci` in {Folder} (./test.sh does)");
        }

        var settings = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, ".vscode", "settings.json")))!.AsObject();
        var yaml = new JsonObject();
        foreach (var (key, value) in settings.Where(s => s.Key.StartsWith("yaml.", StringComparison.Ordinal)))
        {
            yaml[key["yaml.".Length..]] = value?.DeepClone();
        }

        var start = new ProcessStartInfo("node", [ServerScript, "--stdio"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        var client = new LanguageServerClient(Process.Start(start)!, yaml);
        var uri = new Uri(root).AbsoluteUri;
        await client.SendAsync(new JsonObject
        {
            ["id"] = client._nextId++,
            ["method"] = "initialize",
            ["params"] = new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = uri,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = uri, ["name"] = "briefing" }),
                ["capabilities"] = new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } },
            },
        });
        await client.SendAsync(new JsonObject { ["method"] = "initialized", ["params"] = new JsonObject() });
        await client.SendAsync(new JsonObject
        {
            ["method"] = "workspace/didChangeConfiguration",
            ["params"] = new JsonObject { ["settings"] = new JsonObject { ["yaml"] = yaml.DeepClone() } },
        });
        return client;
    }

    /// <summary>Opens <paramref name="relativePath"/> with <paramref name="text"/>; returns the first diagnostics published for it.</summary>
    public async Task<JsonArray> DiagnosticsForAsync(string root, string relativePath, string text)
    {
        var uri = new Uri(Path.Combine(root, relativePath)).AbsoluteUri;
        var published = new TaskCompletionSource<JsonArray>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_diagnostics)
        {
            _diagnostics[uri] = published;
        }

        await SendAsync(new JsonObject
        {
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
            },
        });
        return await published.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task SendAsync(JsonObject message)
    {
        message["jsonrpc"] = "2.0";
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var stream = _process.StandardInput.BaseStream;
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    private async Task ReadLoopAsync()
    {
        var input = _process.StandardOutput.BaseStream;
        while (await ReadMessageAsync(input) is { } message)
        {
            var method = message["method"]?.GetValue<string>();
            if (message["id"] is { } id && method is not null)
            {
                await SendAsync(new JsonObject { ["id"] = id.DeepClone(), ["result"] = Answer(method, message["params"]) });
            }
            else if (method == "textDocument/publishDiagnostics")
            {
                var uri = message["params"]!["uri"]!.GetValue<string>();
                lock (_diagnostics)
                {
                    if (_diagnostics.Remove(uri, out var waiting))
                    {
                        waiting.TrySetResult(message["params"]!["diagnostics"]!.AsArray());
                    }
                }
            }
        }
    }

    // The server asks for its settings by section, as VS Code would answer them; every other request gets null.
    private JsonArray? Answer(string method, JsonNode? parameters)
    {
        if (method != "workspace/configuration")
        {
            return null;
        }

        var items = parameters!["items"]!.AsArray();
        return new JsonArray([.. items.Select(i => i!["section"]?.GetValue<string>() == "yaml" ? _yamlSettings.DeepClone() : null)]);
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream input)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await input.ReadAsync(one) == 0)
            {
                return null;
            }

            header.Append((char)one[0]);
        }

        var length = int.Parse(header.ToString().Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim(),
            System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await input.ReadExactlyAsync(body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _process.Dispose();
    }
}
