using Briefing.Tests.Scenarios;
using Briefing.Tests.Support;

namespace Briefing.Tests.Safety.Fuzzing;

/// <summary>
/// The briefings the fuzzer damages, each copied once into a temporary folder: the fixture base
/// (small, so most cases are fast) and the seed briefing (real articles and quotes). A case writes
/// its damaged file over the copy and puts the original bytes back afterwards.
/// </summary>
internal sealed class FuzzCorpus : IDisposable
{
    private FuzzCorpus(IReadOnlyList<CorpusBriefing> briefings) => Briefings = briefings;

    public IReadOnlyList<CorpusBriefing> Briefings { get; }

    public static FuzzCorpus Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefing-fuzz", Guid.NewGuid().ToString("N"));
        return new FuzzCorpus(
        [
            CorpusBriefing.Copy(FixturePaths.Base, Path.Combine(folder, "base")),
            CorpusBriefing.Copy(RepoPaths.Root, Path.Combine(folder, "seed")),
        ]);
    }

    public void Dispose()
    {
        var parent = Path.GetDirectoryName(Briefings[0].Root)!;
        Directory.Delete(parent, recursive: true);
    }
}

/// <summary>One briefing of the corpus: its root and the original bytes of every file a case may damage.</summary>
internal sealed record CorpusBriefing(string Root, IReadOnlyList<(string Path, byte[] Bytes)> Files)
{
    public static CorpusBriefing Copy(string from, string to)
    {
        var files = new List<(string, byte[])>();
        foreach (var folder in new[] { "input", "seeds" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(from, folder), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(from, file);
                var bytes = File.ReadAllBytes(file);
                var target = Path.Combine(to, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
                files.Add((relative, bytes));
            }
        }

        return new CorpusBriefing(to, files);
    }
}
