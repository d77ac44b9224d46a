using Briefing.Dates;
using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>One article: input/sources/&lt;id&gt;.yml and the text file it names.</summary>
public sealed record Source(
    string Id,
    string Title,
    string TextPath,
    EdtfDate Published,
    string? Publisher,
    string? Author,
    Uri? Url,
    SourceKind? Kind,
    Reliability Reliability,
    IReadOnlyList<string> Boilerplate,
    MarkdownText? Notes,
    SourceLocation Location)
{
    /// <summary>
    /// <c>short_title:</c>, what lists and cards show where the full title would repeat; null when not
    /// given (the site then cuts the title at a word boundary).
    /// </summary>
    public string? ShortTitle { get; init; }

    /// <summary>An archived copy of the article (http or https), when the editor gives one.</summary>
    public Uri? Archived { get; init; }

    /// <summary>Where <c>text:</c> was written, for problems with the text file.</summary>
    public required SourceLocation TextLocation { get; init; }

    /// <summary>Where <c>boilerplate:</c> entries were written, in order.</summary>
    public required IReadOnlyList<SourceLocation> BoilerplateLocations { get; init; }
}
