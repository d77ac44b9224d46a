using System.Diagnostics;
using System.Text;

namespace Briefing.History;

/// <summary>
/// Reads file contents from git's object store through one long-running <c>git cat-file --batch</c>,
/// asking for one blob at a time, so memory holds only the file in hand however long the history.
/// </summary>
internal sealed class BlobReader : IDisposable
{
    private readonly Process _process;
    private readonly Stream _out;

    private BlobReader(Process process)
    {
        _process = process;
        _out = process.StandardOutput.BaseStream;
    }

    /// <summary>Starts the reader in <paramref name="directory"/>; null when git cannot be started.</summary>
    public static BlobReader? Open(string directory) =>
        GitCommand.Start(directory, ["cat-file", "--batch"], redirectInput: true) is { } p ? new BlobReader(p) : null;

    /// <summary>The blob's text (UTF-8), or null when git does not have it.</summary>
    public string? Read(string blobId)
    {
        _process.StandardInput.Write(blobId + "\n");
        _process.StandardInput.Flush();
        var header = ReadLine();
        var parts = header.Split(' ');
        if (parts.Length != 3 || parts[1] != "blob" || !int.TryParse(parts[2], out var size))
        {
            return null;
        }

        var buffer = new byte[size];
        _out.ReadExactly(buffer);
        _out.ReadByte(); // the newline after every object
        return Encoding.UTF8.GetString(buffer);
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            _process.WaitForExit(5000);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private string ReadLine()
    {
        var bytes = new List<byte>(64);
        for (var b = _out.ReadByte(); b is not -1 and not '\n'; b = _out.ReadByte())
        {
            bytes.Add((byte)b);
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
