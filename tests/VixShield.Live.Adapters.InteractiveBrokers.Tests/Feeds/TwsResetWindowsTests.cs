using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

public sealed class TwsResetWindowsTests
{
    private static readonly NyseTradingCalendar Calendar = new();

    [Theory]
    [InlineData(2026, 10, 14, 23, 44, false)] // Wednesday, before the nightly window
    [InlineData(2026, 10, 14, 23, 45, true)]
    [InlineData(2026, 10, 15, 0, 30, true)]
    [InlineData(2026, 10, 15, 1, 44, true)]
    [InlineData(2026, 10, 15, 1, 45, false)]
    [InlineData(2026, 10, 15, 12, 0, false)]
    [InlineData(2026, 10, 16, 23, 0, true)] // Friday: the weekly window opens at 23:00
    [InlineData(2026, 10, 16, 22, 59, false)]
    [InlineData(2026, 10, 17, 2, 59, true)] // Saturday: weekly only
    [InlineData(2026, 10, 17, 3, 0, false)]
    public void Contains_DefaultWindows_MatchesNewYorkTimes(int year, int month, int day, int hour, int minute, bool expected)
    {
        var sut = new TwsResetWindows(new InteractiveBrokersOptions(), Calendar.Zone);

        Assert.Equal(expected, sut.Contains(Some.NewYork(year, month, day, hour, minute)));
    }

    [Fact]
    public void Contains_ZeroDurations_DisablesBothWindows()
    {
        var sut = new TwsResetWindows(
            new InteractiveBrokersOptions { DailyResetDuration = TimeSpan.Zero, WeeklyResetDuration = TimeSpan.Zero }, Calendar.Zone);

        Assert.False(sut.Contains(Some.NewYork(2026, 10, 15, 0, 30)));
        Assert.False(sut.Contains(Some.NewYork(2026, 10, 17, 2, 0)));
    }

    [Fact]
    public void Description_DefaultWindows_SaysWhenInNewYorkTime()
    {
        var sut = new TwsResetWindows(new InteractiveBrokersOptions(), Calendar.Zone);

        Assert.Equal("nightly from 23:45 for 02:00:00, Friday from 23:00 for 04:00:00, New York time", sut.Description);
    }
}
