using System.Globalization;
using Briefing.Generator;

// briefing-generate --sources N [--seed S] [--v1] --out DIR
// Writes a synthetic briefing into DIR, which must not hold one already.
// briefing-generate --hugo-from BRIEFING --out DIR
// Writes the briefing at BRIEFING as Hugo content into DIR, for the benchmark's side-by-side runs.
if (args is ["--hugo-from", var briefingRoot, "--out", var hugoRoot])
{
    var pages = Briefing.Generator.Hugo.HugoExport.Write(briefingRoot, hugoRoot);
    if (pages is not { } count)
    {
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} Hugo content pages to {hugoRoot}"));
    return 0;
}

var options = ParseArguments(args);
if (options is null)
{
    Console.Error.WriteLine("usage: briefing-generate --sources N [--seed S] [--v1] --out DIR   (N >= 1; DIR must not contain input/ or seeds/)");
    return 2;
}

var (sources, seed, v2, output) = options.Value;
if (Directory.Exists(Path.Combine(output, "input")) || Directory.Exists(Path.Combine(output, "seeds")))
{
    Console.Error.WriteLine($"error: '{output}' already holds a briefing (input/ or seeds/); choose an empty folder");
    return 2;
}

var shape = BriefingGenerator.Write(output, new GeneratorOptions(sources, seed, v2));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {shape.Sources} sources, {shape.Claims} claims, {shape.Events} events, {shape.Topics} topics, {shape.Entities} entities, {shape.Measures} measures to {output}"));
return 0;

static (int Sources, ulong Seed, bool V2, string Output)? ParseArguments(string[] args)
{
    int? sources = null;
    ulong seed = 1;
    var v2 = !args.Contains("--v1");
    string? output = null;
    var rest = args.Where(a => a != "--v1").ToArray();
    for (var i = 0; i + 1 < rest.Length; i += 2)
    {
        switch (rest[i])
        {
            case "--sources" when int.TryParse(rest[i + 1], CultureInfo.InvariantCulture, out var n) && n >= 1:
                sources = n;
                break;
            case "--seed" when ulong.TryParse(rest[i + 1], CultureInfo.InvariantCulture, out var s):
                seed = s;
                break;
            case "--out":
                output = rest[i + 1];
                break;
            default:
                return null;
        }
    }

    return rest.Length % 2 == 0 && sources is { } count && output is not null ? (count, seed, v2, output) : null;
}
