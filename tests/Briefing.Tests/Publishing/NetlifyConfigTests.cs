using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Publishing;

/// <summary>netlify.toml says what the contract asks of the published site's headers and caching.</summary>
public sealed partial class NetlifyConfigTests
{
    private static readonly string Toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));

    public static string ContentSecurityPolicy => HeaderValue("Content-Security-Policy");

    [Fact]
    public void PublishesTheOutputFolderAndLeavesDeploysToTheWorkflow()
    {
        Assert.Matches(@"(?m)^\s*publish = ""output""", Toml);
        Assert.Matches(@"(?m)^\s*command = ""bash scripts/netlify-build.sh""", Toml);
        Assert.Matches(@"(?m)^\s*ignore = ""exit 0""", Toml);
    }

    [Fact]
    public void ContentSecurityPolicyIsStrict()
    {
        var csp = ContentSecurityPolicy;
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"https?:|\*", csp);
    }

    [Fact]
    public void EveryPageGetsTheSecurityHeaders()
    {
        Assert.Equal("nosniff", HeaderValue("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", HeaderValue("Referrer-Policy"));
        Assert.Contains("camera=()", HeaderValue("Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyHashedAssetsAreCachedForEver()
    {
        var blocks = HeaderBlock().Matches(Toml).Select(m => (For: m.Groups["for"].Value, Body: m.Groups["body"].Value)).ToList();
        var immutable = blocks.Where(b => b.Body.Contains("immutable", StringComparison.Ordinal)).Select(b => b.For).ToList();
        Assert.Equal(["/assets/*"], immutable);
        Assert.Matches(@"status = 404", Toml);
    }

    private static string HeaderValue(string name) =>
        Regex.Match(Toml, $@"(?m)^\s*{Regex.Escape(name)} = ""(?<v>[^""]*)""").Groups["v"].Value is { Length: > 0 } v
            ? v
            : throw new InvalidOperationException($"netlify.toml sets no {name}");

    [GeneratedRegex(@"\[\[headers\]\]\s*for = ""(?<for>[^""]+)""(?<body>(?:(?!\[\[).)*)", RegexOptions.Singleline)]
    private static partial Regex HeaderBlock();
}
