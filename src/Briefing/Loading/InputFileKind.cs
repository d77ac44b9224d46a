namespace Briefing.Loading;

/// <summary>What a file under input/ is, by its place in the layout.</summary>
internal enum InputFileKind
{
    Site,
    Source,
    Claims,
    Topic,
    Page,
    Events,
    Entities,
    Measures,
    Unexpected,
}
