namespace Briefing.Site.Search;

/// <summary>One file of the search index, to be written as UTF-8.</summary>
/// <param name="Path">Relative to the site root, with '/' separators (<c>search/docs.json</c>).</param>
/// <param name="Content">The file's text: compact JSON.</param>
public sealed record SearchFile(string Path, string Content);
