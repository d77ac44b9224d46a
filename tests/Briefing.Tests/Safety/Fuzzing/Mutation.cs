using System.Text;

namespace Briefing.Tests.Safety.Fuzzing;

/// <summary>The ways a file of a briefing is damaged.</summary>
public enum MutationKind
{
    /// <summary>A few bytes xor-ed with random values.</summary>
    FlipBytes,

    /// <summary>The file cut off at a random point.</summary>
    Truncate,

    /// <summary>A few lines deleted.</summary>
    DeleteLines,

    /// <summary>A line repeated, up to a few thousand times.</summary>
    DuplicateLine,

    /// <summary>Bidirectional controls, combining marks, zero-width or invalid characters inserted.</summary>
    InsertUnicode,

    /// <summary>The value of a <c>key: value</c> line replaced by a hostile one (escapes, numbers, tags, aliases).</summary>
    ReplaceValue,

    /// <summary>A line of very deeply nested lists or mappings inserted.</summary>
    DeepNesting,

    /// <summary>A very long line inserted.</summary>
    LongLine,
}

/// <summary>
/// One fuzzing case: which briefing, which of its files, which damage, and the seed that decides
/// every detail, so the printed case is enough to build the same bytes again.
/// </summary>
/// <param name="Briefing">Index into the corpus of briefings.</param>
/// <param name="File">Index into the briefing's files (taken modulo their number).</param>
/// <param name="Kind">The damage.</param>
/// <param name="Seed">Decides positions, lengths and values.</param>
public sealed record Mutation(int Briefing, int File, MutationKind Kind, int Seed)
{
    private static readonly string[] HostileValues =
    [
        "\"\\uD800\"", "\"\\uDC00\\uD800 x\"", "\"a\\uD83D\"", "\"\\U0010FFFF\"", "\"\\U00110000\"", "\"\\x00\"", "\"\\xZZ\"", "\"\\u12\"",
        "1e400", "-1e400", "99999999999999999999999999999999999999", "0x7fffffffffffffffff", ".nan", ".inf", "-.inf", "0o777", "1_000", "-0",
        "2024-13-45", "99999-01-01", "-9999999999-01-01", "2024-02-30/2024-01-01", "",
        "*unknown", "&a [*a, *a]", "!!binary aGVsbG8=", "!custom x", "'unclosed", "\"unclosed", "[", "{", "}", "]", "? complex", "|", ">-", "~", "null",
        "\u202Eevil\u202C", "\u2067x\u2069", "e" + string.Concat(Enumerable.Repeat("\u0301", 5000)), "\u200B\u200D\uFEFF", "\u0000", "\uFFFE",
        "[" + string.Concat(Enumerable.Repeat("[", 4000)) + string.Concat(Enumerable.Repeat("]", 4001)),
        string.Concat(Enumerable.Repeat("{a: ", 3000)) + "1" + string.Concat(Enumerable.Repeat("}", 3000)),
        new string('9', 100_000),
    ];

    private static readonly string[] HostileText =
    [
        "\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200F", "\u061C", "\u0301\u0302\u0303", "\u200B", "\u200D", "\uFEFF",
        "\u0000", "\r", "\t", "\u0085", "\u2028", "\u00A0", "\U0001F600", "\\uD800", "\\uDFFF", "%", "&", "*", "!", "#", "{{", "}}", "<script>",
    ];

    /// <summary>The damaged bytes of <paramref name="original"/>.</summary>
    public byte[] Apply(byte[] original)
    {
        var random = new Random(Seed);
        return Kind switch
        {
            MutationKind.FlipBytes => FlipBytes(original, random),
            MutationKind.Truncate => original[..random.Next(original.Length + 1)],
            MutationKind.DeleteLines => EditLines(original, random, (lines, at) => lines.RemoveRange(at, Math.Min(random.Next(1, 4), lines.Count - at))),
            MutationKind.DuplicateLine => EditLines(original, random, (lines, at) => lines.InsertRange(at, Enumerable.Repeat(lines[at], random.Next(1, 3000)))),
            MutationKind.InsertUnicode => InsertUnicode(original, random),
            MutationKind.ReplaceValue => EditLines(original, random, (lines, at) => lines[ValueLine(lines, at)] = Replaced(lines[ValueLine(lines, at)], random)),
            MutationKind.DeepNesting => EditLines(original, random, (lines, at) => lines.Insert(at, DeepLine(random))),
            _ => EditLines(original, random, (lines, at) => lines.Insert(at, "x: " + new string((char)random.Next('a', 'z'), random.Next(10_000, 2_000_000)))),
        };
    }

    private static byte[] FlipBytes(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        for (var i = random.Next(1, 9); i > 0 && bytes.Length > 0; i--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        }

        return bytes;
    }

    private static byte[] InsertUnicode(byte[] original, Random random)
    {
        var run = string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => HostileText[random.Next(HostileText.Length)]));
        var at = random.Next(original.Length + 1);
        return [.. original.AsSpan(0, at), .. Encoding.UTF8.GetBytes(run), .. original.AsSpan(at)];
    }

    private static byte[] EditLines(byte[] original, Random random, Action<List<string>, int> edit)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        edit(lines, random.Next(lines.Count));
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    // The first line at or after `at` that has a value to replace; `at` itself when none does.
    private static int ValueLine(List<string> lines, int at) =>
        Enumerable.Range(at, lines.Count - at).FirstOrDefault(i => lines[i].Contains(": ", StringComparison.Ordinal), at);

    private static string Replaced(string line, Random random)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var value = HostileValues[random.Next(HostileValues.Length)];
        return colon < 0 ? line + value : line[..(colon + 2)] + value;
    }

    private static string DeepLine(Random random)
    {
        var depth = random.Next(100, 5000);
        return random.Next(3) switch
        {
            0 => string.Concat(Enumerable.Repeat("- ", depth)) + "x",
            1 => "x: " + string.Concat(Enumerable.Repeat("[", depth)),
            _ => string.Join('\n', Enumerable.Range(0, Math.Min(depth, 1500)).Select(i => new string(' ', i) + "a:")),
        };
    }
}
