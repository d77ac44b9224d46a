using Briefing.Site.Models;

namespace Briefing.Site.Pages;

/// <summary>A page to render: where it goes (relative to the output folder), with which template and model.</summary>
public sealed record PageSpec(string OutputPath, string Template, object Model, PageMeta Meta);
