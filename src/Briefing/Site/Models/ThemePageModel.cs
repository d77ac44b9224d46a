namespace Briefing.Site.Models;

/// <summary>
/// A page that a theme adds with a template under <c>pages/</c>: its title (from the file name) and the
/// whole site, as the models of every other page grouped by the template that renders them
/// (<c>pages.home[0]</c>, <c>pages.topic</c>, <c>pages.claim</c>, <c>pages.source</c>, …).
/// </summary>
public sealed record ThemePageModel(string Title, string Path, IReadOnlyDictionary<string, IReadOnlyList<object>> Pages);
