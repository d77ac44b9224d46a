namespace Briefing.Site.Theme.Files;

/// <summary>
/// One file of the theme as the build uses it: its path inside the theme (<c>templates/claim.sbn</c>),
/// the name diagnostics give it, and where its bytes come from (the briefing's own theme folder or
/// the built-in theme the tool carries).
/// </summary>
/// <param name="Path">The path inside the theme, with '/' separators.</param>
/// <param name="Display">How messages name it: <c>theme/templates/claim.sbn</c> or <c>(built-in theme)/templates/claim.sbn</c>.</param>
/// <param name="IsBuiltIn">True when the file comes from the built-in theme.</param>
/// <param name="Read">Reads its bytes.</param>
public sealed record ThemeFile(string Path, string Display, bool IsBuiltIn, Func<byte[]> Read)
{
    /// <summary>Reads the file as UTF-8 text.</summary>
    public string ReadText() => System.Text.Encoding.UTF8.GetString(Read()).TrimStart('\uFEFF');
}
