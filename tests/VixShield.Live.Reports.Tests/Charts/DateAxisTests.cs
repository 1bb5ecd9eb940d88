using VixShield.Live.Reports.Charts;
using static VixShield.Live.Reports.Tests.ReportBuilders;

namespace VixShield.Live.Reports.Tests.Charts;

public class DateAxisTests
{
    [Fact]
    public void Ticks_ThirtySixYears_FiveYearStepsOnJanuaryFirst()
    {
        var sut = DateAxis.Ticks(Date(1990, 1, 3), Date(2026, 7, 23), 11);

        Assert.Equal(["1995", "2000", "2005", "2010", "2015", "2020", "2025"], sut.Select(t => t.Label));
        Assert.All(sut, t => Assert.Equal((1, 1), (t.Date.Month, t.Date.Day)));
    }

    [Fact]
    public void Ticks_OneYear_MonthlyTicksNamedByMonth()
    {
        var sut = DateAxis.Ticks(Date(2022, 1, 3), Date(2022, 12, 30), 12);

        Assert.Equal(11, sut.Count); // Feb 1 to Dec 1: Jan 1 is before the first date
        Assert.Equal("Feb 2022", sut[0].Label);
        Assert.Equal(Date(2022, 12, 1), sut[^1].Date);
    }

    [Fact]
    public void Ticks_OneMonth_WeeklyTicksOnMondays()
    {
        var sut = DateAxis.Ticks(Date(2022, 3, 1), Date(2022, 3, 31), 6);

        Assert.Equal([Date(2022, 3, 7), Date(2022, 3, 14), Date(2022, 3, 21), Date(2022, 3, 28)], sut.Select(t => t.Date));
        Assert.Equal("Mar 7", sut[0].Label);
    }

    [Fact]
    public void Ticks_NeverMoreThanTheMaximum()
    {
        for (var days = 0; days < 4_000; days += 37)
        {
            var sut = DateAxis.Ticks(Date(2000, 1, 1), Date(2000, 1, 1).PlusDays(days), 8);

            Assert.InRange(sut.Count, 1, 8);
        }
    }

    [Fact]
    public void Position_ConsecutiveDates_OneApart()
    {
        Assert.Equal(1.0, DateAxis.Position(Date(2024, 3, 1)) - DateAxis.Position(Date(2024, 2, 29)));
    }
}
