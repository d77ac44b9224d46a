using System.IO.Compression;
using Briefing.Site.Output;

namespace Briefing.Site.OpenData;

/// <summary>
/// Large exports get a gzip copy beside them (<c>data/briefing.json.gz</c> beside <c>data/briefing.json</c>):
/// the same bytes once decompressed, a fraction of the download. The uncompressed file stays, for tools
/// that cannot decompress, so the open data is complete either way.
/// </summary>
internal static class CompressedCopy
{
    /// <summary>Files larger than this (8 MiB) also get a compressed copy.</summary>
    public const int Threshold = 8 * 1024 * 1024;

    /// <summary><paramref name="file"/>, followed by its gzip copy when it is larger than <paramref name="threshold"/> bytes.</summary>
    public static IEnumerable<SiteFile> With(SiteFile file, int threshold = Threshold)
    {
        yield return file;
        if (file.Bytes.Length > threshold)
        {
            yield return new SiteFile(file.Path + ".gz", Gzip(file.Bytes));
        }
    }

    /// <summary>
    /// Gzip without a file name or time stamp in its header (.NET writes neither), so the same bytes
    /// always compress to the same bytes and builds stay byte-identical.
    /// </summary>
    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream(bytes.Length / 4);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.ToArray();
    }
}
