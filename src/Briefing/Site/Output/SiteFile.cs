using System.Text;

namespace Briefing.Site.Output;

/// <summary>One file of the site: its path relative to the output folder ('/' separators) and its bytes.</summary>
public sealed record SiteFile(string Path, byte[] Bytes)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A text file, UTF-8 without a byte-order mark, with LF line ends.</summary>
    public static SiteFile Text(string path, string text) => new(path, Utf8.GetBytes(text.ReplaceLineEndings("\n")));
}
