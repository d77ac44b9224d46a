namespace Briefing.Preview;

/// <summary>Marks the assembly until the preview server lands.</summary>
internal static class PreviewPlaceholder
{
}
