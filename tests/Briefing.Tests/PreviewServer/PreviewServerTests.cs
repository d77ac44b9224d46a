using System.Diagnostics;
using System.Net;

namespace Briefing.Tests.PreviewServer;

/// <summary>The preview against a real Kestrel on a free loopback port, with the seed briefing.</summary>
public sealed class PreviewServerTests
{
    private const string Claim = "claims/dprk-in-kursk-assaults/";

    [Fact]
    public async Task ServesThePagesWithPrettyUrlsAndTheSitesOwn404()
    {
        await using var preview = await PreviewFixture.StartAsync();
        var home = await preview.Http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/_briefing/reload.js\" defer></script>\n</body>", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync(Claim)).StatusCode);
        var noSlash = await preview.Http.GetAsync(Claim.TrimEnd('/'));
        Assert.Equal(HttpStatusCode.Redirect, noSlash.StatusCode);
        Assert.Equal("/" + Claim, noSlash.Headers.Location?.OriginalString);

        var missing = await preview.Http.GetAsync("no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync("_briefing/reload.js")).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(preview.Root, "output")), "the preview must not write a build");
    }

    [Fact]
    public async Task ASavedClaimIsRebuiltAndAnnouncedToOpenTabs()
    {
        await using var preview = await PreviewFixture.StartAsync();
        using var tab = await EventReader.ConnectAsync(preview.Http);
        var text = await File.ReadAllTextAsync(preview.ClaimsFile);
        var edited = text.Replace("statement: Russia used North Korean troops in assaults", "statement: Edited in preview, Russia used North Korean troops in assaults", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);

        await File.WriteAllTextAsync(preview.ClaimsFile, edited);
        var message = await tab.NextAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("reload", message?.Name);
        var page = await preview.Http.GetStringAsync(Claim);
        Assert.Contains("Edited in preview", page, StringComparison.Ordinal);

        // No time bound here: timings are the benchmark's, and a bound fails on a busy machine (3.7 s under
        // a load of 44 on two cores) for reasons that are not the code's. The 10 s wait above is the limit.
    }

    [Fact]
    public async Task AnErrorIsShownWhileTheLastGoodSiteIsStillServed()
    {
        await using var preview = await PreviewFixture.StartAsync();
        var before = await preview.Http.GetStringAsync(Claim);
        using var tab = await EventReader.ConnectAsync(preview.Http);

        var text = await File.ReadAllTextAsync(preview.ClaimsFile);
        await File.WriteAllTextAsync(preview.ClaimsFile, text.Replace("quote: A significant number of North Korean troops", "quote: A significant numbr of North Korean troops", StringComparison.Ordinal));
        var message = await tab.NextAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("status", message?.Name);
        Assert.Contains("error BRF012", message?.Data, StringComparison.Ordinal);
        var after = await preview.Http.GetStringAsync(Claim);
        var notice = after.IndexOf("<aside id=\"briefing-preview-notice\"", StringComparison.Ordinal);
        Assert.True(notice > 0, "the page shows no notice");
        var end = after.IndexOf("</aside>\n", notice, StringComparison.Ordinal) + "</aside>\n".Length;
        Assert.Equal(before, after[..notice] + after[end..]);
        Assert.Contains("BRF012", await preview.Http.GetStringAsync("_briefing/status"), StringComparison.Ordinal);
        Assert.Contains("still serving the last good build", preview.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopsPromptlyEvenWithATabOpen()
    {
        var preview = await PreviewFixture.StartAsync();
        var address = preview.Server.Address;
        using var tab = await EventReader.ConnectAsync(preview.Http);
        var clock = Stopwatch.StartNew();
        await preview.DisposeAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {clock.ElapsedMilliseconds} ms");

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(address));
    }
}
