namespace Briefing.BrowserTests;

/// <summary>Marks the assembly until the browser tests land.</summary>
internal static class Placeholder
{
}
