using Briefing.Diagnostics;

namespace Briefing.Tests.SiteBuild;

/// <summary>Every internal link and anchor of the seed site resolves, at a host's root and under a base path.</summary>
[Collection(SeedSitesGroup.Name)]
public sealed class LinkTests(SeedSites sites)
{
    [Fact]
    public void SeedSiteBuildsWithoutDiagnostics()
    {
        foreach (var site in sites.Both)
        {
            Assert.Empty(site.Result.Diagnostics.Select(DiagnosticFormatter.ToCanonical));
            Assert.True(site.Result.Succeeded);
        }
    }

    [Fact]
    public void EveryPageOfTheSpecIsWritten()
    {
        string[] required =
        [
            "index.html", "topics/index.html", "chronology/index.html", "sources/index.html", "claims/index.html",
            "entities/index.html", "figures/index.html", "search/index.html", "404.html", "feed.xml", "sitemap.xml",
            "robots.txt", "data/briefing.json", "data/claims.csv", "about/index.html", "methodology/index.html",
        ];
        foreach (var file in required)
        {
            Assert.True(File.Exists(Path.Combine(sites.AtRoot.Output, file)), file);
        }

        var content = Validation.BriefingValidator.Validate(Support.RepoPaths.Root).Briefing.Content;
        Assert.All(content.Claims, c => Assert.True(File.Exists(Path.Combine(sites.AtRoot.Output, "claims", c.Id, "index.html")), c.Id));
        Assert.All(content.Sources, s => Assert.True(File.Exists(Path.Combine(sites.AtRoot.Output, "sources", s.Id, "index.html")), s.Id));
        Assert.All(content.Topics, t => Assert.True(File.Exists(Path.Combine(sites.AtRoot.Output, "topics", t.Id, "index.html")), t.Id));
        Assert.All(content.Entities, e => Assert.True(File.Exists(Path.Combine(sites.AtRoot.Output, "entities", e.Id, "index.html")), e.Id));
        Assert.All(content.Measures, m => Assert.True(File.Exists(Path.Combine(sites.AtRoot.Output, "figures", m.Id, "index.html")), m.Id));
    }

    [Fact]
    public void EveryInternalLinkAndAnchorResolves()
    {
        foreach (var site in sites.Both)
        {
            var broken = new List<string>();
            var checkedLinks = 0;
            foreach (var page in site.HtmlFiles)
            {
                var doc = site.Page(page);
                foreach (var element in doc.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
                {
                    var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                    if (Resolve(site, page, target) is { } problem)
                    {
                        broken.Add($"{page}: {target} ({problem})");
                    }

                    checkedLinks++;
                }
            }

            Assert.Empty(broken);
            Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked under {site.BasePath}");
        }
    }

    [Fact]
    public void NoInternalLinkEscapesTheBasePath()
    {
        var site = sites.UnderPath;
        foreach (var page in site.HtmlFiles)
        {
            foreach (var a in site.Page(page).QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var target = a.GetAttribute("href") ?? a.GetAttribute("src")!;
                if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal))
                {
                    Assert.StartsWith("/briefing/", target, StringComparison.Ordinal);
                }
            }
        }
    }

    // Returns a reason when the link is broken, null when it resolves (or leaves the site on purpose).
    private static string? Resolve(BuiltSite site, string page, string target)
    {
        if (target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal))
        {
            var canonical = new Uri(target);
            return canonical.Host is "briefing.example.org" or "host.example" ? Resolve(site, page, canonical.PathAndQuery + canonical.Fragment) : null;
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? target[..hash] : target;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(target[(hash + 1)..]) : null;
        if (path.Contains('?', StringComparison.Ordinal))
        {
            path = path[..path.IndexOf('?', StringComparison.Ordinal)];
        }

        if (path.Length > 0 && !path.StartsWith('/'))
        {
            // A relative link resolves against the page's own URL, as a browser would.
            var pageUrl = new Uri("https://site.invalid" + site.BasePath + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page));
            path = new Uri(pageUrl, path).AbsolutePath;
        }

        var file = path.Length == 0 ? page : site.FileOf(path);
        if (file is null)
        {
            return "outside the base path";
        }

        if (!File.Exists(Path.Combine(site.Output, file)))
        {
            return "no such file";
        }

        if (fragment is { Length: > 0 } && file.EndsWith(".html", StringComparison.Ordinal) && site.Page(file).GetElementById(fragment) is null)
        {
            return $"no element #{fragment}";
        }

        return null;
    }
}
