using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Site.Search;

namespace Briefing.Tests.Site.Search;

/// <summary>
/// Checks theme/assets/search.js under Node.js: its tokenizer must split text exactly like
/// <see cref="SearchTokenizer"/>, and its search must find documents in an index built by
/// <see cref="SearchIndexBuilder"/>.
/// </summary>
public sealed class SearchScriptTests : IDisposable
{
    private static readonly string[] TokenizerCases =
    [
        "North-Korean TROOPS (Kursk)!", "Zélensky Zelenskyy ZELENSKYY", "caf\u00E9 cafe\u0301 CAFE\u0301",
        "КИЕВ Київ Зеленський", "ΣΟΦΟΣ σοφος Σ", "\u0130stanbul ISTANBUL ıstanbul", "Straße STRASSE \u1E9E", "\u01C5emal",
        "11,000 troops", "3.5 or 1,200,000", "In 2024. 500 died", "2024-03-01", "11,,000 000", "1,2,3 ,5 5, 1.000.000",
        "\u0661\u0661,\u0660\u0660\u0660", "\U0001D7CE\U0001D7CF,\U0001D7D0", "Russia's army", "RUSSIA\u2019S Kyiv\u2019s O'Brien don't 1990's",
        "The troops will not withdraw, the US and WHO say in May", "a 7 day x", "日本語 — \u0939\u093F\u0902\u0926\u0940 ✓ 🙂",
        "한국어 ไทย \u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35", "\U00010400\U00010401 Deseret", "\u212B\u00C5 \u01F0 ﬁnance Ⅻ x² ½",
        "tab\tand\nnew line\r\n", "", " ,.; ", "e-mail: info@example.org, https://example.org/a_b?c=d", "Ölpreise über 90 $/bbl",
        "The U.S. Department of Defense", "covid-19 COVID19 F-16s", "\u00A0non\u2011breaking\u00A0space\u2009thin",
    ];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("briefing-search-js-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void ScriptTokenizesExactlyLikeTheBuilder()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "cases.json"), JsonSerializer.Serialize(TokenizerCases));
        var output = NodeScript.Run(_directory.FullName, """
            const { tokenize } = require(process.argv[2]);
            const cases = JSON.parse(require('fs').readFileSync('cases.json', 'utf8'));
            process.stdout.write(JSON.stringify(cases.map(tokenize)));
            """);

        var fromScript = JsonSerializer.Deserialize<string[][]>(output)!;

        Assert.Equal(TokenizerCases.Length, fromScript.Length);
        var differences = TokenizerCases
            .Select((text, i) => (text, csharp: string.Join('|', SearchTokenizer.Tokenize(text)), js: string.Join('|', fromScript[i])))
            .Where(c => c.csharp != c.js)
            .Select(c => $"{JsonSerializer.Serialize(c.text)}: C# {c.csharp} / JS {c.js}");
        Assert.Empty(differences);
    }

    /// <summary>
    /// Every code point, one at a time: this is what keeps <see cref="SearchDecompositions"/> and the
    /// casing in step with the browser's normalize() and toLowerCase(). Code points that .NET does
    /// not know yet are left out: their category differs between Unicode versions anyway.
    /// </summary>
    [Fact]
    public void ScriptFoldsEveryCodePointLikeTheBuilder()
    {
        var output = NodeScript.Run(_directory.FullName, """
            const { fold } = require(process.argv[2]);
            const changed = {};
            for (let cp = 0; cp <= 0x10ffff; cp++) {
              if (cp >= 0xd800 && cp <= 0xdfff) continue;
              const s = String.fromCodePoint(cp);
              const f = fold(s);
              if (f !== s) changed[cp] = f;
            }
            process.stdout.write(JSON.stringify(changed));
            """);
        var fromScript = JsonSerializer.Deserialize<Dictionary<int, string>>(output)!;

        var differences = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF || Rune.GetUnicodeCategory(new Rune(cp)) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var text = char.ConvertFromUtf32(cp);
            var expected = fromScript.GetValueOrDefault(cp, text);
            var actual = SearchTokenizer.Fold(text);
            if (actual != expected)
            {
                differences.Add($"U+{cp:X4}: C# {Hex(actual)} / JS {Hex(expected)}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} code points fold differently, e.g.\n{string.Join('\n', differences.Take(30))}");
    }

    private static string Hex(string text) => string.Join(' ', text.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));

    [Fact]
    public void ScriptShardFileNamesMatchTheBuilder()
    {
        var keys = TokenizerCases.SelectMany(SearchTokenizer.Tokenize).SelectMany(t => new[] { SearchShards.Key(t, 2), SearchShards.Key(t, 3) }).Distinct().ToArray();
        File.WriteAllText(Path.Combine(_directory.FullName, "keys.json"), JsonSerializer.Serialize(keys));
        var output = NodeScript.Run(_directory.FullName, """
            const { fileName } = require(process.argv[2]);
            const keys = JSON.parse(require('fs').readFileSync('keys.json', 'utf8'));
            process.stdout.write(JSON.stringify(keys.map(fileName)));
            """);

        Assert.Equal(keys.Select(SearchShards.FileName), JsonSerializer.Deserialize<string[]>(output)!);
    }

    [Theory]
    [InlineData("deployed", "claims/nk-troops-kursk/")]
    [InlineData("Defense", "sources/pentagon-briefing/")]
    [InlineData("department of defense", "sources/pentagon-briefing/")]
    [InlineData("kursk", "claims/nk-troops-kursk/ chronology/#kursk-incursion")]
    [InlineData("troops kur", "claims/nk-troops-kursk/")]
    [InlineData("troops", "claims/nk-troops-kursk/ topics/foreign-troops/")]
    [InlineData("zelen", "entities/zelenskyy/")]
    [InlineData("Zélensky's", "entities/zelenskyy/")]
    [InlineData("11,000", "claims/nk-troops-kursk/")]
    [InlineData("11000", "claims/nk-troops-kursk/")]
    [InlineData("pentagon", "sources/pentagon-briefing/ claims/count/")]
    [InlineData("kursk ", "claims/nk-troops-kursk/ chronology/#kursk-incursion")]
    [InlineData("kurs ", "")]
    [InlineData("kursk zz", "")]
    [InlineData("the", "")]
    [InlineData("pentagn", "sources/pentagon-briefing/ claims/count/")]
    [InlineData("depolyed", "claims/nk-troops-kursk/")]
    [InlineData("kurks", "claims/nk-troops-kursk/ chronology/#kursk-incursion")]
    [InlineData("kurz", "")]
    [InlineData("Kursk incursion", "chronology/#kursk-incursion")]
    public void ScriptFindsDocumentsInABuiltIndex(string query, string expected)
    {
        Assert.Equal(expected, Search(query));
    }

    /// <summary>Builds the sample index into the temp folder and runs the script's search on it, as the page would.</summary>
    private string Search(string query)
    {
        SearchDocument[] documents =
        [
            .. SearchIndexLayoutTests.Sample,
            new("claim", "How many soldiers", "claims/count/", "The Pentagon estimate grew.", []),
        ];
        foreach (var file in SearchIndexBuilder.Build(documents))
        {
            var path = Path.Combine(_directory.FullName, "site", file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }

        File.WriteAllText(Path.Combine(_directory.FullName, "query.json"), JsonSerializer.Serialize(query));
        var output = NodeScript.Run(_directory.FullName, """
            const fs = require('fs');
            const { search } = require(process.argv[2]);
            const read = (p) => JSON.parse(fs.readFileSync('site/search/' + p, 'utf8'));
            const { fileName } = require(process.argv[2]);
            const meta = read('meta.json');
            const doc = (n) => read('docs/' + Math.floor(n / meta.chunk) + '.json')[n % meta.chunk];
            const loadShard = async (key) => meta.shards.includes(key) ? read('idx/' + fileName(key) + '.json') : {};
            search(JSON.parse(fs.readFileSync('query.json', 'utf8')), meta.shards, loadShard)
              .then((result) => process.stdout.write(result.hits.map((n) => doc(n)[2]).join(' ')));
            """);
        return output;
    }
}
