using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary>
/// scripts/netlify-build.sh, run for real with a stand-in dotnet and install script: no network is
/// reached, but every decision the script makes (install or not, which build for which context) is.
/// </summary>
public sealed class NetlifyBuildScriptTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "briefing-netlify", Guid.NewGuid().ToString("N"));

    public NetlifyBuildScriptTests() => Directory.CreateDirectory(Path.Combine(_home, "bin"));

    [Theory]
    [InlineData("9.0.100")]
    [InlineData("10.0.300")]
    [InlineData("11.0.100")]
    [InlineData("10.0.500-preview.1")]
    public void AMissingPinnedSdkIsInstalledWithTheOfficialScriptFromGlobalJson(string installed)
    {
        var (code, log) = Run(installed, "deploy-preview");
        Assert.True(code == 0, log);
        Assert.Contains($"install: --jsonfile global.json --install-dir {_home}/.dotnet", log, StringComparison.Ordinal);
        Assert.Contains("new dotnet: run --project src/Briefing.Cli -c Release -- validate --root . --strict", log, StringComparison.Ordinal);
        Assert.Contains("new dotnet: run --project src/Briefing.Cli -c Release -- build --root . --output output --base-url https://pr-7--demo.netlify.app/ --noindex", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.401")]
    [InlineData("10.0.402")]
    [InlineData("10.0.500")]
    public void ASatisfyingSdkIsUsedAsItIs(string installed)
    {
        var (code, log) = Run(installed, "production");
        Assert.True(code == 0, log);
        Assert.DoesNotContain("install:", log, StringComparison.Ordinal);
        Assert.Contains("old dotnet: run --project src/Briefing.Cli -c Release -- build --root . --output output", log, StringComparison.Ordinal);
        Assert.DoesNotContain("--noindex", log, StringComparison.Ordinal);
    }

    [Fact]
    public void APreviewWithoutItsUrlFails()
    {
        var (code, log) = Run("10.0.401", "deploy-preview", previewUrl: null);
        Assert.NotEqual(0, code);
        Assert.Contains("DEPLOY_PRIME_URL", log, StringComparison.Ordinal);
    }

    // A fake dotnet that reports one installed SDK and logs every other call; a fake install script
    // that logs its arguments and puts another fake dotnet where the real script would.
    private (int Code, string Log) Run(string installedSdk, string context, string? previewUrl = "https://pr-7--demo.netlify.app")
    {
        var log = Path.Combine(_home, "calls.log");
        Script(Path.Combine(_home, "bin", "dotnet"), FakeDotnet("old dotnet", installedSdk, log));
        var install = Path.Combine(_home, "install.sh");
        Script(install, $"echo \"install: $*\" >> '{log}'\nmkdir -p \"$HOME/.dotnet\"\ncat > \"$HOME/.dotnet/dotnet\" <<'X'\n{FakeDotnet("new dotnet", "10.0.401", log)}X\nchmod +x \"$HOME/.dotnet/dotnet\"\n");

        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "scripts", "netlify-build.sh")]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PATH"] = $"{Path.Combine(_home, "bin")}:/usr/bin:/bin";
        start.Environment["HOME"] = _home;
        start.Environment["CONTEXT"] = context;
        start.Environment["DOTNET_INSTALL_SCRIPT"] = install;
        start.Environment.Remove("DEPLOY_PRIME_URL");
        if (previewUrl is not null)
        {
            start.Environment["DEPLOY_PRIME_URL"] = previewUrl;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + (File.Exists(log) ? File.ReadAllText(log) : ""));
    }

    private static string FakeDotnet(string name, string sdk, string log) =>
        $"#!/usr/bin/env bash\nif [ \"$1\" = --list-sdks ]; then echo '{sdk} [/fake/sdk]'; exit 0; fi\necho \"{name}: $*\" >> '{log}'\n";

    private static void Script(string path, string body)
    {
        File.WriteAllText(path, body.StartsWith("#!", StringComparison.Ordinal) ? body : "#!/usr/bin/env bash\n" + body);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);
}
