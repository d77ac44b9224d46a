using Briefing.Diagnostics;
using Briefing.Safety;
using Briefing.Site.Theme;
using Briefing.Site.Theme.Files;

namespace Briefing.Tests.Site.Theme;

/// <summary>
/// No page is cut short: the template engine's own limits (1 MiB on a converted string and on the
/// rendered output, 1,000 loop iterations by default) are not in force, and the one limit that is
/// stops the build with an error at the template's file and line instead of truncating.
/// </summary>
public sealed class TemplateLimitTests : IDisposable
{
    private const int Mebi = 1024 * 1024;
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "briefing-tests", "limits-" + Guid.NewGuid().ToString("N"));

    public TemplateLimitTests()
    {
        Write("loop", "{{ for i in 1..300000 }}0123456789{{ end }}");
        Write("runaway", "<ul>\n{{ for i in 1..300000 }}<li>{{ i }}</li>{{ end }}\n</ul>");
        Write("long-string", "<p>{{ page }}</p>");
        Write("includes", "{{ for i in 1..3000 }}{{ include 'partials/thousand' }}{{ end }}");
        Write("partials/thousand", "{{ for i in 1..100 }}abcdefghij{{ end }}");
        Write("layout", "<main>{{ content }}</main>");
    }

    [Fact]
    public void OutputPastTheEnginesOutputAndLoopLimitsIsComplete()
    {
        var html = Render("loop", null);

        Assert.Equal(3_000_000, html!.Length);
        Assert.EndsWith("0123456789", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AValuePastTheEnginesStringLimitIsWrittenWhole()
    {
        var value = new string('x', 3 * Mebi);

        var html = Render("long-string", value);

        Assert.Equal(3 * Mebi + "<p></p>".Length, html!.Length);
    }

    [Fact]
    public void PartialsAndTheLayoutAroundAPagePastOneMebibyteAreComplete()
    {
        var diagnostics = new DiagnosticBag();
        var html = new PageRenderer(Load(diagnostics)).Render("includes", Globals(null), diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        Assert.Equal(3_000_000 + "<main></main>".Length, html!.Length);
        Assert.EndsWith("abcdefghij</main>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ReachingTheOutputLimitIsAnErrorAtTheTemplatesFileAndLine()
    {
        var diagnostics = new DiagnosticBag();

        var html = new PageRenderer(Load(diagnostics), maxOutputChars: 50_000).Render("runaway", Globals(null), diagnostics, withLayout: false);

        Assert.Null(html);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal("theme/templates/runaway.sbn", error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("50,000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputOfLiteralTextPastTheLimitIsAnErrorNamingTheTemplate()
    {
        var diagnostics = new DiagnosticBag();

        var html = new PageRenderer(Load(diagnostics), maxOutputChars: 50_000).Render("loop", Globals(null), diagnostics, withLayout: false);

        Assert.Null(html);
        Assert.Equal("theme/templates/loop.sbn", Assert.Single(diagnostics.Sorted()).Location.File);
    }

    private string? Render(string template, object? page)
    {
        var diagnostics = new DiagnosticBag();
        var html = new PageRenderer(Load(diagnostics)).Render(template, Globals(page), diagnostics, withLayout: false);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return html;
    }

    private static Dictionary<string, object?> Globals(object? page) => new() { ["page"] = page };

    private ThemeTemplates Load(DiagnosticBag diagnostics) => ThemeTemplates.Load(ThemeFiles.Resolve(new ThemeFolder(_theme, _theme, "theme"), diagnostics), diagnostics);

    private void Write(string name, string text)
    {
        var path = Path.Combine(_theme, ThemeTemplates.FileNameOf(name));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);
}
