using System.Text;
using Briefing.BrowserTests.Support;
using Xunit.Abstractions;

namespace Briefing.BrowserTests;

/// <summary>
/// Every HTML page of the seed site passes html-validate's recommended rules (configuration and the
/// reasons for any relaxation: html-validate/README.md). The contract promises valid HTML5.
/// </summary>
[Collection(BrowserSuiteGroup.Name)]
public sealed class HtmlValidateTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryPageOfTheSeedSitePassesHtmlValidate()
    {
        var files = suite.Seed.HtmlFiles;
        Assert.True(files.Count > 50, $"only {files.Count} HTML files in the seed site");

        var messages = await HtmlValidate.RunAsync(files, suite.Seed.Output);

        foreach (var warning in messages.Where(m => m.Severity < 2))
        {
            output.WriteLine("warning: " + warning);
        }

        var errors = messages.Where(m => m.Severity >= 2).ToList();
        Assert.True(errors.Count == 0, Describe(errors, files.Count));
    }

    /// <summary>A count per rule first (one template bug repeats on every page), then every error.</summary>
    private static string Describe(List<HtmlValidateMessage> errors, int files)
    {
        var text = new StringBuilder($"html-validate: {errors.Count} error(s) in {errors.Select(e => e.File).Distinct().Count()} of {files} pages");
        foreach (var rule in errors.GroupBy(e => e.Rule).OrderByDescending(g => g.Count()))
        {
            text.AppendLine().Append($"  {rule.Key}: {rule.Count()} ({rule.First().Message}; https://html-validate.org/rules/{rule.Key}.html)");
        }

        foreach (var error in errors)
        {
            text.AppendLine().Append("  " + error);
        }

        return text.ToString();
    }
}
