using Briefing.Dates;
using Briefing.Diagnostics;
using Briefing.Figures;
using Briefing.Model;

namespace Briefing.Tests.Figures;

/// <summary>The contract's rule for when the figures of one measure disagree, form a series, or agree.</summary>
public sealed class MeasureAgreementTests
{
    [Theory]
    // value, high, qualifier, then a number and whether the figure allows it.
    [InlineData(11000, null, FigureQualifier.Exact, 11000, true)]
    [InlineData(11000, null, FigureQualifier.Exact, 11001, false)]
    [InlineData(11000, null, FigureQualifier.About, 9900, true)]
    [InlineData(11000, null, FigureQualifier.About, 12100, true)]
    [InlineData(11000, null, FigureQualifier.About, 12101, false)]
    [InlineData(11000, null, FigureQualifier.About, 9899, false)]
    [InlineData(50, null, FigureQualifier.Nearly, 45, true)]
    [InlineData(50, null, FigureQualifier.Nearly, 50, true)]
    [InlineData(50, null, FigureQualifier.Nearly, 44, false)]
    [InlineData(50, null, FigureQualifier.Nearly, 51, false)]
    [InlineData(40, null, FigureQualifier.AtLeast, 40, true)]
    [InlineData(40, null, FigureQualifier.AtLeast, 1000000, true)]
    [InlineData(40, null, FigureQualifier.AtLeast, 39, false)]
    [InlineData(40, null, FigureQualifier.MoreThan, 40, false)]
    [InlineData(40, null, FigureQualifier.MoreThan, 41, true)]
    [InlineData(200, null, FigureQualifier.UpTo, 200, true)]
    [InlineData(200, null, FigureQualifier.UpTo, 0, true)]
    [InlineData(200, null, FigureQualifier.UpTo, 201, false)]
    [InlineData(200, null, FigureQualifier.FewerThan, 200, false)]
    [InlineData(200, null, FigureQualifier.FewerThan, 199, true)]
    [InlineData(11000, 12000, FigureQualifier.Exact, 11500, true)]
    [InlineData(11000, 12000, FigureQualifier.Exact, 12001, false)]
    [InlineData(11000, 12000, FigureQualifier.About, 13200, true)]
    [InlineData(11000, 12000, FigureQualifier.About, 9899, false)]
    public void AFigureAllowsTheNumbersItsQualifierCovers(int value, int? high, FigureQualifier qualifier, int number, bool allowed)
    {
        var interval = FigureInterval.Of((decimal)value, (decimal?)high, qualifier);
        var point = FigureInterval.Of((decimal)number, null, FigureQualifier.Exact);
        Assert.Equal(allowed, interval.Overlaps(point));
        Assert.Equal(allowed, point.Overlaps(interval));
    }

    [Fact]
    public void OneFigureIsOneReportAndNoneIsNone()
    {
        Assert.Equal(AgreementKind.OneReport, MeasureAgreement.Of([Dated(11000, FigureQualifier.About, "2024-10")]).Kind);
        Assert.Equal(AgreementKind.None, MeasureAgreement.Of([]).Kind);
    }

    [Fact]
    public void UpTo200AndA150Agree()
    {
        var agreement = MeasureAgreement.Of([Dated(200, FigureQualifier.UpTo, "2024-11"), Dated(150, FigureQualifier.Exact, "2024-11")]);
        Assert.Equal(AgreementKind.Agree, agreement.Kind);
        Assert.Empty(agreement.Conflicts);
    }

    [Fact]
    public void ElevenAndTwelveThousandAsOfTheSameMonthDisagree()
    {
        var agreement = MeasureAgreement.Of([Dated(11000, FigureQualifier.Exact, "2024-10"), Dated(12000, FigureQualifier.Exact, "2024-10-20")]);
        Assert.Equal(AgreementKind.Disagree, agreement.Kind);
        Assert.Equal([(0, 1)], agreement.Conflicts);
        Assert.True(agreement.InConflict(1));
    }

    [Fact]
    public void AboutElevenThousandAndTwelveThousandOverlapAndAgree()
    {
        // about 11,000 covers 9,900 to 12,100.
        var agreement = MeasureAgreement.Of([Dated(11000, FigureQualifier.About, "2024-10"), Dated(12000, FigureQualifier.Exact, "2024-10")]);
        Assert.Equal(AgreementKind.Agree, agreement.Kind);
    }

    [Fact]
    public void FiguresAtDatesThatDoNotOverlapAreASeriesNotADisagreement()
    {
        var agreement = MeasureAgreement.Of([Dated(11000, FigureQualifier.Exact, "2024-10"), Dated(12000, FigureQualifier.Exact, "2024-12")]);
        Assert.Equal(AgreementKind.Series, agreement.Kind);
        Assert.Empty(agreement.Conflicts);
    }

    [Fact]
    public void ARangeOfDatesOverlapsTheDaysInIt()
    {
        var agreement = MeasureAgreement.Of([Dated(11000, FigureQualifier.Exact, "2024-10/2024-12"), Dated(12000, FigureQualifier.Exact, "2024-12-01")]);
        Assert.Equal(AgreementKind.Disagree, agreement.Kind);
    }

    [Fact]
    public void ASeriesCanStillHoldADisagreementWithinOneMonth()
    {
        var agreement = MeasureAgreement.Of(
        [
            Dated(3000, FigureQualifier.Exact, "2024-10"),
            Dated(11000, FigureQualifier.Exact, "2024-12"),
            Dated(12000, FigureQualifier.Exact, "2024-12"),
        ]);
        Assert.Equal(AgreementKind.Disagree, agreement.Kind);
        Assert.Equal([(1, 2)], agreement.Conflicts);
        Assert.False(agreement.InConflict(0));
    }

    [Fact]
    public void TouchingOpenBoundsDoNotMeet()
    {
        Assert.Equal(AgreementKind.Disagree, MeasureAgreement.Of([Dated(40, FigureQualifier.MoreThan, "2024"), Dated(40, FigureQualifier.Exact, "2024")]).Kind);
        Assert.Equal(AgreementKind.Agree, MeasureAgreement.Of([Dated(40, FigureQualifier.AtLeast, "2024"), Dated(40, FigureQualifier.UpTo, "2024")]).Kind);
        Assert.Equal(AgreementKind.Disagree, MeasureAgreement.Of([Dated(40, FigureQualifier.MoreThan, "2024"), Dated(40, FigureQualifier.FewerThan, "2024")]).Kind);
    }

    private static DatedFigure Dated(decimal value, FigureQualifier qualifier, string asOf, decimal? high = null)
    {
        var at = new SourceLocation("input/claims/main.yml", 1, 1);
        return new DatedFigure(new Figure(new IdRef("m", at), value, qualifier, high, null, at), EdtfDate.Parse(asOf));
    }
}
