using System.CommandLine;
using Briefing.Build;
using Briefing.Preview;

namespace Briefing.Cli;

/// <summary><c>briefing preview</c>: serve the site, rebuild on every change, reload open tabs; Ctrl+C stops.</summary>
internal static class PreviewCommand
{
    public static Command Create(CommonOptions options, TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port")
        {
            Description = "The port to serve on",
            DefaultValueFactory = _ => 5080,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535");
            }
        });
        var host = new Option<string?>("--host")
        {
            Description = "Serve on this address instead of this machine only (e.g. 0.0.0.0): shows unpublished work to the network",
        };
        host.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && PreviewBinding.Parse(text) is null)
            {
                result.AddError($"--host must be an IP address or 'localhost'; got '{text}'");
            }
        });
        var command = new Command("preview", "Serve the site on http://localhost:5080, rebuild on every change and reload open tabs");
        command.Options.Add(options.Root);
        command.Options.Add(options.Theme);
        command.Options.Add(options.Strict);
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(async (parse, cancellation) =>
        {
            var root = parse.GetValue(options.Root)!.FullName;
            var build = BuildOptions.ForRoot(root) with
            {
                Theme = parse.GetValue(options.Theme)?.FullName ?? Path.Combine(root, "theme"),
                Strict = parse.GetValue(options.Strict),
            };
            var address = parse.GetValue(host) is { } text ? PreviewBinding.Parse(text) : null;
            if (PreviewBinding.Warning(address) is { } warning)
            {
                error.WriteLine(warning);
            }

            await using var server = new PreviewServer(build, parse.GetValue(port), output) { Host = address };

            // Binding the port is the only I/O that can throw here: content problems are diagnostics.
            try
            {
                await server.StartAsync(cancellation);
            }
            catch (IOException ex)
            {
                error.WriteLine($"briefing: cannot serve on port {parse.GetValue(port)}: {ex.Message.TrimEnd('.')}; choose another with --port");
                return ExitCodes.UsageError;
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Stopping the preview.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
