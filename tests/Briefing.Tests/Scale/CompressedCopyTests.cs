using System.IO.Compression;
using Briefing.Site.OpenData;
using Briefing.Site.Output;

namespace Briefing.Tests.Scale;

/// <summary>Large exports get a gzip copy that decompresses to the same bytes; small ones don't.</summary>
public sealed class CompressedCopyTests
{
    [Fact]
    public void ALargeFileGetsAGzipCopyWithTheSameBytesAndTheSameCompressionEveryTime()
    {
        var file = SiteFile.Text("data/claims.csv", string.Concat(Enumerable.Range(0, 5000).Select(i => $"claim-{i},\"statement {i}\"\n")));

        var files = CompressedCopy.With(file, threshold: 1000).ToList();
        var again = CompressedCopy.With(file, threshold: 1000).ToList();

        Assert.Equal(["data/claims.csv", "data/claims.csv.gz"], files.Select(f => f.Path));
        Assert.Equal(file.Bytes, Gunzip(files[1].Bytes));
        Assert.True(files[1].Bytes.Length < file.Bytes.Length / 4);
        Assert.Equal(files[1].Bytes, again[1].Bytes);
    }

    [Fact]
    public void ASmallFileStaysAlone()
    {
        var file = SiteFile.Text("data/briefing.json", "{}");

        Assert.Equal([file], CompressedCopy.With(file));
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
