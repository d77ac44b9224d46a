using System.Globalization;
using System.Security.Cryptography;

namespace Briefing.Build.Output;

/// <summary>
/// What a site folder held when a build last finished with it: each file's path, size, modification
/// time, a hash of its bytes and, for a page, the render key it was made from (see RenderKeys). A file
/// whose size and time still match may be taken to hold those bytes without reading it. A hint, never
/// the truth: a missing or stale manifest only costs reads and renders.
/// </summary>
internal sealed class OutputManifest
{
    private const string Header = "briefing output manifest v2";

    /// <summary>The files, by site path.</summary>
    public Dictionary<string, ManifestEntry> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>A short hash of <paramref name="bytes"/>: 128 bits of SHA-256, in hex.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes)[..16]);

    /// <summary>Reads the manifest at <paramref name="path"/>; null when there is none (or no path) or it is not one.</summary>
    public static OutputManifest? Read(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            if (reader.ReadLine() != Header)
            {
                return null;
            }

            var manifest = new OutputManifest();
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split('\t');
                if (parts.Length != 5 || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var size)
                    || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var time))
                {
                    return null;
                }

                manifest.Files[parts[0]] = new ManifestEntry(size, time, parts[3]) { Key = parts[4].Length == 0 ? null : parts[4] };
            }

            return manifest;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest to <paramref name="path"/> whole or not at all; nowhere when it is null (no usable cache).</summary>
    public void Write(string? path)
    {
        if (path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            foreach (var (file, entry) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}\t{entry.Size}\t{entry.Time}\t{entry.Hash}\t{entry.Key}"));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>One file of a manifest: its size, its modification time (UTC ticks) and the hash of its bytes.</summary>
internal sealed record ManifestEntry(long Size, long Time, string Hash)
{
    /// <summary>The render key of the page these bytes are; null for a file that is not a cached page.</summary>
    public string? Key { get; init; }

    /// <summary>True when the file at <paramref name="path"/> still has this size and time.</summary>
    public bool Matches(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == Size && info.LastWriteTimeUtc.Ticks == Time;
    }

    /// <summary>The entry for the file now at <paramref name="path"/>, whose bytes hash to <paramref name="hash"/>.</summary>
    public static ManifestEntry Of(string path, string hash)
    {
        var info = new FileInfo(path);
        return new ManifestEntry(info.Length, info.LastWriteTimeUtc.Ticks, hash);
    }
}
