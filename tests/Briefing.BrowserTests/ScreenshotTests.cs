using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// Full-page screenshots of every kind of page on a phone (390×844) and a laptop (1280×800), kept in
/// the test output folder (screenshots/&lt;kind&gt;-&lt;width&gt;.png) for people to look at. Each must be a
/// real PNG exactly as wide as the window: a wider page scrolls sideways, which on a phone is a bug.
/// </summary>
[Collection(BrowserSuiteGroup.Name)]
public sealed class ScreenshotTests(BrowserSuite suite)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static readonly (int Width, int Height)[] Windows = [(390, 844), (1280, 800)];

    [Theory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task ScreenshotsOfThePageAreWritten(string kind)
    {
        Directory.CreateDirectory(Folder);
        var (firstWidth, firstHeight) = Windows[0];
        await using var context = await suite.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = firstWidth, Height = firstHeight },
            DeviceScaleFactor = 1,
        });
        var page = await context.NewPageAsync();
        await PageOpening.OpenAsync(page, kind, suite.Seed);
        var problems = new List<string>();
        foreach (var (width, height) in Windows)
        {
            // Resizing reflows the page as a fresh load at that size would (the layout is pure CSS).
            await page.SetViewportSizeAsync(width, height);
            var path = Path.Combine(Folder, $"{kind}-{width}.png");
            File.Delete(path); // a stale file from an earlier run must not pass for a new one

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });

            var png = PngFile.Read(path);
            Assert.InRange(png.Height, height, 40_000);
            Assert.InRange(png.Bytes, 5_000, 30_000_000); // a blank page compresses to far less
            if (png.Width != width)
            {
                problems.Add($"{kind} at {width}px: the page is {png.Width}px wide, so it scrolls sideways ({path})");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
