using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Yaml;

namespace Briefing.Loading;

/// <summary>Reads a claim's <c>figure:</c>, with its hedge (<c>qualifier</c>, or version 1's <c>approx</c>) and range.</summary>
internal static class FigureReader
{
    public static Figure? Read(YamlNode node, DiagnosticBag diagnostics)
    {
        var f = FieldReader.Open(node, "figure", Vocabulary.FigureKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var measure = f.Reference("measure", required: true);
        var value = f.Number("value", required: true);
        var qualifier = Qualifier(f);
        var high = f.Number("high");
        var asOf = f.Date("as_of");
        if (value is { } low && high is { } top)
        {
            CheckRange(f, low, top, qualifier);
        }

        return measure is null || value is null ? null : new Figure(measure, value.Value, qualifier, high, asOf, f.Location);
    }

    /// <summary>
    /// <c>approx: true</c> is version 1's <c>qualifier: about</c>. Giving both keys is refused, whatever
    /// their values, so that a figure's hedge is written in one place only.
    /// </summary>
    private static FigureQualifier Qualifier(FieldReader f)
    {
        var approx = f.Bool("approx");
        var qualifier = f.Choice("qualifier", Vocabulary.Qualifiers);
        if (f.Node("approx") is not null && f.Node("qualifier") is not null)
        {
            f.Diagnostics.Error(DiagnosticCodes.FigureHedgedTwice, f.LocationOf("approx"),
                "this figure gives both 'approx' and 'qualifier'; 'approx: true' is the version 1 form of 'qualifier: about': remove 'approx' and keep 'qualifier'");
        }

        return qualifier ?? (approx == true ? FigureQualifier.About : FigureQualifier.Exact);
    }

    /// <summary>A range runs upwards from <c>value</c> to <c>high</c>; an open bound ("at least", "up to") has no second end.</summary>
    private static void CheckRange(FieldReader f, decimal low, decimal high, FigureQualifier qualifier)
    {
        static string Show(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        if (high <= low)
        {
            var fix = high == low ? "for a single number, remove 'high'"
                : $"a range is written with its lower end as 'value' and its upper end as 'high': value: {Show(high)} and high: {Show(low)}";
            f.Diagnostics.Error(DiagnosticCodes.FigureRangeInvalid, f.LocationOf("high"),
                $"'high' ({Show(high)}) must be greater than 'value' ({Show(low)}); {fix}");
        }
        else if (qualifier is FigureQualifier.AtLeast or FigureQualifier.MoreThan or FigureQualifier.UpTo or FigureQualifier.FewerThan)
        {
            var word = Vocabulary.WordFor(Vocabulary.Qualifiers, qualifier);
            f.Diagnostics.Error(DiagnosticCodes.FigureRangeInvalid, f.LocationOf("high"),
                $"'qualifier: {word}' is an open bound and cannot have a 'high': remove 'high', or for a range use 'qualifier: exact' or 'qualifier: about'");
        }
    }
}
