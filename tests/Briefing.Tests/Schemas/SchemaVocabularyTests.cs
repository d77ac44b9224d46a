using System.Text.Json.Nodes;
using Briefing.Loading;

namespace Briefing.Tests.Schemas;

/// <summary>The schemas allow exactly the keys and words the loader allows, read from <see cref="Vocabulary"/> itself.</summary>
public sealed class SchemaVocabularyTests
{
    public static TheoryData<string, string, string, string[]> Enums => new()
    {
        { "source.schema.json", "/properties/kind", "optional", [.. Vocabulary.SourceKinds.Keys] },
        { "source.schema.json", "/properties/reliability", "optional", [.. Vocabulary.Reliabilities.Keys] },
        { "claims.schema.json", "/items/properties/credibility", "optional", [.. Vocabulary.Credibilities.Keys] },
        { "claims.schema.json", "/items/properties/evidence/items/properties/stance", "optional", [.. Vocabulary.Stances.Keys] },
        { "claims.schema.json", "/items/properties/kind", "optional", [.. Vocabulary.ClaimKinds.Keys] },
        { "claims.schema.json", "/items/properties/figure/properties/qualifier", "optional", [.. Vocabulary.Qualifiers.Keys] },
        { "claims.schema.json", "/items/properties/outcome/properties/status", "required", [.. Vocabulary.OutcomeStatuses.Keys] },
        { "entities.schema.json", "/items/properties/kind", "required", [.. Vocabulary.EntityKinds.Keys] },
    };

    [Theory]
    [MemberData(nameof(MappingKind.Names), MemberType = typeof(MappingKind))]
    public void SchemaPropertiesAreTheLoadersKeysInTheLoadersOrder(string kind)
    {
        var k = MappingKind.Named(kind);
        Assert.Equal(k.LoaderKeys, k.SchemaKeys);
    }

    [Theory]
    [MemberData(nameof(MappingKind.Names), MemberType = typeof(MappingKind))]
    public void RequiredFieldsAreSchemaProperties(string kind)
    {
        var k = MappingKind.Named(kind);
        Assert.All(k.RequiredKeys, r => Assert.Contains(r, k.SchemaKeys));
        Assert.Equal(k.RequiredKeys.Count, k.RequiredKeys.Distinct().Count());
    }

    [Fact]
    public void EveryMappingTheLoaderReadsHasAKind()
    {
        string[][] vocabularies =
        [
            Vocabulary.SiteKeys, Vocabulary.SourceKeys, Vocabulary.ClaimKeys, Vocabulary.FigureKeys, Vocabulary.EvidenceKeys, Vocabulary.OutcomeKeys,
            Vocabulary.EventKeys, Vocabulary.EntityKeys, Vocabulary.MeasureKeys, Vocabulary.TopicKeys, Vocabulary.PageKeys,
        ];
        var keyLists = typeof(Vocabulary).GetFields().Where(f => f.FieldType == typeof(string[])).Select(f => (string[])f.GetValue(null)!).ToList();

        // A new list of keys in Vocabulary (a new kind of mapping) needs a schema and a row in MappingKind.All.
        Assert.Equal(vocabularies.Length, keyLists.Count);
        Assert.All(keyLists, keys => Assert.Contains(MappingKind.All, k => ReferenceEquals(k.LoaderKeys, keys)));
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void EnumsAreTheLoadersWords(string file, string place, string optionality, string[] words)
    {
        var schema = SchemaSet.Repo.Resolve(file, place).Node;
        var choices = schema["enum"]!.AsArray();
        var named = choices.Where(c => c is not null).Select(c => c!.ToString()).ToList();

        Assert.Equal(words, named);

        // An optional field may be left empty (the loader reads that as absent), a required one may not.
        Assert.Equal(optionality == "optional", choices.Any(c => c is null));
        var field = place.Split('/')[^1];
        var kind = MappingKind.All.Single(k => k.SchemaFile == file && k.Pointer + "/properties/" + field == place);
        Assert.Equal(optionality == "required", kind.RequiredKeys.Contains(field));
    }

    [Fact]
    public void CredibilitiesAreWholeNumbersAndReliabilitiesLetters()
    {
        var credibility = SchemaSet.Repo.Resolve("claims.schema.json", "/items/properties/credibility").Node["enum"]!.AsArray();
        Assert.All(credibility.Where(c => c is not null), c => Assert.Equal("integer", SchemaSet.TypeOf(c)));
        var reliability = SchemaSet.Repo.Resolve("source.schema.json", "/properties/reliability").Node["enum"]!.AsArray();
        Assert.All(reliability.Where(c => c is not null), c => Assert.Equal("string", SchemaSet.TypeOf(c)));
    }

    [Theory]
    [InlineData("source.schema.json", "/properties/kind")]
    [InlineData("source.schema.json", "/properties/reliability")]
    [InlineData("claims.schema.json", "/items/properties/credibility")]
    [InlineData("claims.schema.json", "/items/properties/evidence/items/properties/stance")]
    [InlineData("claims.schema.json", "/items/properties/kind")]
    [InlineData("claims.schema.json", "/items/properties/figure/properties/qualifier")]
    [InlineData("claims.schema.json", "/items/properties/outcome/properties/status")]
    [InlineData("entities.schema.json", "/items/properties/kind")]
    public void EnumDescriptionsDescribeEveryChoice(string file, string place)
    {
        var schema = SchemaSet.Repo.Resolve(file, place).Node;
        var count = schema["enum"]!.AsArray().Count;
        Assert.Equal(count, (schema["enumDescriptions"] as JsonArray)?.Count);
        if (schema["markdownEnumDescriptions"] is JsonArray markdown)
        {
            Assert.Equal(count, markdown.Count);
        }
    }
}
