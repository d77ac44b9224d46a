using System.Buffers.Binary;

namespace Briefing.BrowserTests.Support;

/// <summary>Just enough of the PNG format to tell a real image from a broken file: signature, IHDR size, IEND.</summary>
internal sealed record PngFile(int Width, int Height, long Bytes)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] End = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    /// <summary>Reads a PNG's dimensions; throws when the file is not a complete PNG.</summary>
    public static PngFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 45 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException($"{path} is not a PNG");
        }

        if (!bytes.AsSpan(bytes.Length - End.Length).SequenceEqual(End))
        {
            throw new InvalidDataException($"{path} is truncated: no IEND chunk at the end");
        }

        return new PngFile(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), bytes.Length);
    }
}
