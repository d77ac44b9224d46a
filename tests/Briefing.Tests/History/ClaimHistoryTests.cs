using System.Text.Json;
using System.Xml.Linq;
using Briefing.History;
using Briefing.Tests.SiteBuild;

namespace Briefing.Tests.History;

/// <summary>
/// A briefing committed step by step with git; its site must show each claim's changes exactly, in
/// order, with dates and commits, keep a moved claim's history, and publish them as a feed and data.
/// </summary>
public sealed class ClaimHistoryTests(ClaimHistoryTests.Repository repo) : IClassFixture<ClaimHistoryTests.Repository>
{
    private readonly Repository _repo = repo;
    private readonly BuiltSite _site = repo.Site;

    [Fact]
    public void EachClaimPageListsExactlyItsChangesInOrderWithDatesAndCommits()
    {
        var c = _repo.Commits;
        Assert.Equal(
        [
            $"1 November 2024: first appeared (commit {c[0][..7]}, “Start the briefing”)",
            $"15 November 2024: credibility 3 → 2 (commit {c[1][..7]}, “Grade the bus order”)",
            $"20 November 2024: evidence added from “A test article” (commit {c[2][..7]}, “More evidence”)",
            $"5 December 2024: figure set to 12 (buses); evidence from “A test article” context → contradicts (commit {c[4][..7]}, “Figures and stances”)",
        ], Entries("claims/buses-approved/index.html"));
        Assert.Equal(
        [
            $"1 November 2024: first appeared (commit {c[0][..7]}, “Start the briefing”)",
            $"20 November 2024: statement reworded (was “The buses arrive in spring.”) (commit {c[2][..7]}, “More evidence”)",
        ], Entries("claims/buses-spring/index.html"));
    }

    [Fact]
    public void AClaimMovedToAnotherFileKeepsItsHistoryAndTheMoveIsNoChange()
    {
        var entries = Entries("claims/buses-approved/index.html");
        Assert.Contains(entries, e => e.StartsWith("1 November 2024: first appeared", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains(_repo.Commits[3][..7], StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("removed", StringComparison.Ordinal) || e.Contains("added again", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHistoryEntriesInTheDataCarryTheirCommitIdsAndTheDataNamesTheCommitBuilt()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "data", "briefing.json")));
        var commit = json.RootElement.GetProperty("commit");
        Assert.Equal("available", commit.GetProperty("status").GetString());
        Assert.Equal(_repo.Head, commit.GetProperty("id").GetString());
        var claim = json.RootElement.GetProperty("claims").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "buses-approved");
        var ids = claim.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("commit").GetString()).ToList();
        Assert.Equal([_repo.Commits[0], _repo.Commits[1], _repo.Commits[2], _repo.Commits[4]], ids);
        var source = json.RootElement.GetProperty("sources")[0].GetProperty("history");
        Assert.Equal("first appeared", source[0].GetProperty("description").GetString());
    }

    [Fact]
    public void EveryPageSaysItWasLastUpdatedOnTheDayOfTheCommitBuilt()
    {
        // The article is of 16 October 2024; the commit checked out is of 6 December 2024.
        foreach (var path in new[] { "index.html", "claims/buses-approved/index.html" })
        {
            var updated = _site.Page(path).QuerySelector(".footer-updated time");
            Assert.Equal("2024-12-06", updated?.GetAttribute("datetime"));
            Assert.Equal("6 December 2024", updated?.TextContent);
        }
    }

    [Fact]
    public void TheChangesFeedIsAtomWithOneEntryPerClaimPerCommitNewestFirst()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(_site.Output, "changes.xml")).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.False(string.IsNullOrWhiteSpace(feed.Element(atom + required)?.Value), $"feed has no {required}");
        }

        Assert.NotNull(feed.Element(atom + "author")?.Element(atom + "name"));
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(6, entries.Count); // buses-approved in 4 commits, buses-spring in 2
        foreach (var e in entries)
        {
            Assert.True(Uri.IsWellFormedUriString(e.Element(atom + "id")!.Value, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "title")?.Value));
            Assert.NotNull(e.Elements(atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "alternate"));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "summary")?.Value));
        }

        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());
        Assert.Contains("credibility 3 → 2", entries.Single(e => e.Element(atom + "id")!.Value.Contains(_repo.Commits[1], StringComparison.Ordinal)).Element(atom + "summary")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void TheChangesPageAndTheClaimsListsChangedSinceDates()
    {
        var changes = _site.Page("changes/index.html");
        Assert.Equal(4, changes.QuerySelectorAll("main section").Length); // commits 1, 2, 3 and 5 changed claims
        var list = _site.Page("claims/index.html");
        Assert.NotNull(list.QuerySelector("input#filter-since[type=date]"));
        var changed = list.QuerySelectorAll("#claims-list > li").ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!, li => li.GetAttribute("data-changed"));
        Assert.Equal("2024-12-05", changed["/claims/buses-approved/"]);
        Assert.Equal("2024-11-20", changed["/claims/buses-spring/"]);
    }

    [Fact]
    public void AfterOneNewCommitTheNextBuildReadsOneCommitAndGivesWhatAFullReadGives()
    {
        using var git = HistoryBriefing.TwoCommits();
        Assert.Equal(2, HistoryReader.Read(git.Root).CommitsRead);
        Assert.Equal(0, HistoryReader.Read(git.Root).CommitsRead);

        git.Write("input/claims/main.yml", HistoryBriefing.Approved(1));
        git.Commit("Three", "2024-11-03");
        using var incremental = new BuiltSite(git.Root, history: true);
        Directory.Delete(Path.Combine(git.Root, ".briefing-cache"), recursive: true);
        var fresh = HistoryReader.Read(git.Root);
        Assert.Equal(3, fresh.CommitsRead);
        using var full = new BuiltSite(git.Root, history: true);
        foreach (var file in new[] { "claims/buses-approved/index.html", "data/briefing.json", "changes.xml", "changes/index.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(full.Output, file)), File.ReadAllBytes(Path.Combine(incremental.Output, file)));
        }

        git.Write("input/claims/main.yml", HistoryBriefing.Approved(4));
        git.Commit("Four", "2024-11-04");
        Assert.Equal(1, HistoryReader.Read(git.Root).CommitsRead);
    }

    private List<string> Entries(string page) =>
        [.. _site.Page(page).QuerySelectorAll("ol.history-list li").Select(li => string.Join(' ', li.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)))];

    /// <summary>The repository, committed once for all the tests of the class.</summary>
    public sealed class Repository : IDisposable
    {
        public Repository()
        {
            Git = GitRepo.Create();
            HistoryBriefing.WriteFixed(Git);
            Git.Write("input/claims/main.yml", HistoryBriefing.Approved(3) + HistoryBriefing.Spring("The buses arrive in spring."));
            Commits.Add(Git.Commit("Start the briefing", "2024-11-01"));
            Git.Write("input/claims/main.yml", HistoryBriefing.Approved(2) + HistoryBriefing.Spring("The buses arrive in spring."));
            Commits.Add(Git.Commit("Grade the bus order", "2024-11-15"));
            Git.Write("input/claims/main.yml", HistoryBriefing.Approved(2, critics: true) + HistoryBriefing.Spring("The mayor expects the buses in spring."));
            Commits.Add(Git.Commit("More evidence", "2024-11-20"));
            Git.Write("input/claims/main.yml", HistoryBriefing.Spring("The mayor expects the buses in spring."));
            Git.Write("input/claims/orders.yml", HistoryBriefing.Approved(2, critics: true));
            Commits.Add(Git.Commit("Split the claims", "2024-12-01"));
            Git.Write("input/claims/orders.yml", HistoryBriefing.Approved(2, critics: true, criticsStance: "contradicts", figure: true));
            Commits.Add(Git.Commit("Figures and stances", "2024-12-05"));
            Git.Write("README.md", "Not part of the briefing.\n");
            Head = Git.Commit("A readme", "2024-12-06");
            Site = new BuiltSite(Git.Root, history: true);
            Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
        }

        public BuiltSite Site { get; }

        public GitRepo Git { get; }

        public List<string> Commits { get; } = [];

        public string Head { get; }

        public void Dispose()
        {
            Site.Dispose();
            Git.Dispose();
        }
    }
}
