namespace Briefing.Tests.History;

/// <summary>The files of the small briefing whose history the tests build, one version per step.</summary>
internal static class HistoryBriefing
{
    public const string Site = "title: History test\nbase_url: https://example.org/\n";

    public const string Article = "Buses for the city\nThe council approved 12 new buses on Monday.\nThe mayor said the buses would arrive in spring.\nCritics said the order was too small.\n";

    public const string Source = "title: A test article\ntext: seeds/article.txt\npublished: 2024-10-16\n";

    public const string Measures = "- id: buses\n  label: Buses ordered\n  unit: buses\n";

    public const string Topic = "---\ntitle: Transport\n---\nThe city's buses.\n";

    public static string Approved(int credibility, bool critics = false, string criticsStance = "context", bool figure = false) =>
        "- id: buses-approved\n"
        + "  statement: The council approved new buses.\n"
        + "  topics: [transport]\n"
        + $"  credibility: {credibility}\n"
        + (figure ? "  figure:\n    measure: buses\n    value: 12\n" : "")
        + "  evidence:\n"
        + "    - source: test-source\n      quote: The council approved 12 new buses\n"
        + (critics ? $"    - source: test-source\n      quote: Critics said the order was too small\n      stance: {criticsStance}\n" : "");

    public static string Spring(string statement) =>
        "- id: buses-spring\n"
        + $"  statement: {statement}\n"
        + "  topics: [transport]\n"
        + "  evidence:\n"
        + "    - source: test-source\n      quote: the buses would arrive in spring\n";

    /// <summary>A repository of the briefing in two commits: credibility 3, then 2.</summary>
    public static GitRepo TwoCommits()
    {
        var git = GitRepo.Create();
        WriteFixed(git);
        git.Write("input/claims/main.yml", Approved(3));
        git.Commit("One", "2024-11-01");
        git.Write("input/claims/main.yml", Approved(2));
        git.Commit("Two", "2024-11-02");
        return git;
    }

    /// <summary>Writes the files every version shares.</summary>
    public static void WriteFixed(GitRepo repo)
    {
        repo.Write("input/site.yml", Site);
        repo.Write("seeds/article.txt", Article);
        repo.Write("input/sources/test-source.yml", Source);
        repo.Write("input/measures.yml", Measures);
        repo.Write("input/topics/transport.md", Topic);
    }
}
