using Briefing.Diagnostics;
using Briefing.Validation;

namespace Briefing.Tests.Schemas;

/// <summary>
/// The schemas require exactly the fields the loader reports as missing. Each field of each kind is taken out
/// of a complete, valid briefing in turn (or left empty), and the real validator is asked what it thinks.
/// </summary>
public sealed class SchemaRequiredFieldTests
{
    [Fact]
    public void TheCompleteFixtureIsValidForTheLoaderAndEverySchema()
    {
        var fixture = SchemaFixture.Full();
        Assert.Empty(fixture.Validate().Diagnostics.Select(DiagnosticFormatter.ToCanonical));
        Assert.All(MappingKind.All, k => Assert.Empty(fixture.SchemaErrors(k.Path, k.SchemaFile)));
    }

    [Theory]
    [MemberData(nameof(MappingKind.Names), MemberType = typeof(MappingKind))]
    public void TheFixtureWritesEveryFieldOfEveryKind(string kind)
    {
        var k = MappingKind.Named(kind);
        Assert.Equal(k.LoaderKeys, k.InFixture(SchemaFixture.Full()).Keys);
    }

    [Theory]
    [MemberData(nameof(MappingKind.Names), MemberType = typeof(MappingKind))]
    public void TheSchemaRequiresTheFieldsWhoseRemovalTheLoaderReportsAsMissing(string kind)
    {
        var k = MappingKind.Named(kind);
        var missing = new List<string>();
        var schemaMissing = new List<string>();
        foreach (var field in k.LoaderKeys)
        {
            var fixture = SchemaFixture.Full();
            Assert.True(k.InFixture(fixture).Remove(field));
            var result = fixture.Validate();
            if (ReportsMissing(result, field))
            {
                missing.Add(field);
            }
            else
            {
                // An optional field is simply optional: leaving it out is no error at all.
                Assert.False(HasErrors(result), $"{kind} without '{field}': " + Errors(result));
            }

            var schemaErrors = fixture.SchemaErrors(k.Path, k.SchemaFile);
            if (schemaErrors.Any(e => e.Keyword == "required" && e.Message.Contains($"'{field}'", StringComparison.Ordinal)))
            {
                schemaMissing.Add(field);
            }

            Assert.All(schemaErrors, e => Assert.Equal("required", e.Keyword));
        }

        Assert.Equal(missing, schemaMissing);
        Assert.Equal(missing, k.RequiredKeys);
    }

    [Theory]
    [MemberData(nameof(MappingKind.Names), MemberType = typeof(MappingKind))]
    public void AnEmptyValueIsAnErrorInTheSameFieldsForTheLoaderAndTheSchema(string kind)
    {
        // decisions.md: "An empty value (notes: with nothing after it) counts as absent."
        var k = MappingKind.Named(kind);
        var missing = new List<string>();
        var schemaRejects = new List<string>();
        foreach (var field in k.LoaderKeys)
        {
            var fixture = SchemaFixture.Full();
            k.InFixture(fixture)[field] = null;
            var result = fixture.Validate();
            if (ReportsMissing(result, field))
            {
                missing.Add(field);
            }
            else
            {
                Assert.False(HasErrors(result), $"{kind} with '{field}' empty: " + Errors(result));
            }

            if (fixture.SchemaErrors(k.Path, k.SchemaFile).Count > 0)
            {
                schemaRejects.Add(field);
            }
        }

        Assert.Equal(missing, schemaRejects);
        Assert.Equal(missing, k.RequiredKeys);
    }

    [Theory]
    [MemberData(nameof(MappingKind.Names), MemberType = typeof(MappingKind))]
    public void AMappingWithOnlyItsRequiredFieldsIsValidForBoth(string kind)
    {
        var k = MappingKind.Named(kind);
        var fixture = SchemaFixture.Full();
        var map = k.InFixture(fixture);
        foreach (var optional in map.Keys.Except(k.RequiredKeys).ToList())
        {
            map.Remove(optional);
        }

        Assert.False(HasErrors(fixture.Validate()), Errors(fixture.Validate()));
        Assert.Empty(fixture.SchemaErrors(k.Path, k.SchemaFile));
    }

    private static bool ReportsMissing(ValidationResult result, string field) =>
        result.Diagnostics.Any(d => d.IsError && d.Code == DiagnosticCodes.MissingField && d.Message.Contains($"'{field}'", StringComparison.Ordinal));

    // Rules between fields of one mapping are beyond what these schemas express (decisions.md): leaving out
    // 'kind' makes the forecast's outcome an error, leaving out an outcome's 'claims' is an error unless it
    // is open. Those errors belong to the validator alone, so they do not count against an optional field.
    private static readonly HashSet<string> CrossFieldCodes =
    [
        DiagnosticCodes.FigureHedgedTwice, DiagnosticCodes.FigureRangeInvalid, DiagnosticCodes.OutcomeNotOnForecast, DiagnosticCodes.OutcomeWithoutClaims,
    ];

    private static bool HasErrors(ValidationResult result) => result.Diagnostics.Any(d => d.IsError && !CrossFieldCodes.Contains(d.Code));

    private static string Errors(ValidationResult result) =>
        string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(DiagnosticFormatter.ToCanonical));
}
