using Briefing.Dates;

namespace Briefing.Tests.Dates;

public sealed class EdtfTextTests
{
    [Theory]
    [InlineData("2024-10-16")]
    [InlineData("2024-08")]
    [InlineData("2024")]
    [InlineData("2024-11-01~")]
    [InlineData("2024-10-27?")]
    [InlineData("0001")]
    [InlineData("0900-05")]
    [InlineData("2024-10-27/2024-10-28")]
    [InlineData("2024-10~/2024-11")]
    [InlineData("2024?/2025~")]
    [InlineData("2024-10/2024-11-15")]
    public void WritesBackWhatItRead(string text)
    {
        var date = EdtfDate.Parse(text);

        Assert.Equal(text, date.ToEdtf());
        Assert.Equal(text, date.ToString());
        Assert.Equal(date, EdtfDate.Parse(date.ToEdtf()));
    }

    [Theory]
    [InlineData(900, null, null, false, false, "0900")]
    [InlineData(2024, 8, null, true, false, "2024-08~")]
    [InlineData(2024, 1, 5, false, true, "2024-01-05?")]
    [InlineData(1, 1, 1, false, false, "0001-01-01")]
    public void PadsAConstructedPoint(int year, int? month, int? day, bool approximate, bool uncertain, string expected)
    {
        var point = new EdtfPoint(year, month, day, approximate, uncertain);

        Assert.Equal(expected, point.ToEdtf());
        Assert.Equal(expected, new EdtfDate(point).ToEdtf());
    }

    [Theory]
    [InlineData("2024-10-16", "2024-10-16")]
    [InlineData("2024-08", "2024-08")]
    [InlineData("2024", "2024")]
    [InlineData("2024-11-01~", "2024-11-01")]
    [InlineData("2024-10-27?", "2024-10-27")]
    [InlineData("0900", "0900")]
    [InlineData("2024-10-27/2024-10-28", "2024-10-27")]
    [InlineData("2024-10~/2024-11", "2024-10")]
    [InlineData("2024/2025-03", "2024")]
    public void GivesTheStartForHtmlTimeElements(string text, string expected)
    {
        Assert.Equal(expected, EdtfDate.Parse(text).MachineReadable);
    }
}
