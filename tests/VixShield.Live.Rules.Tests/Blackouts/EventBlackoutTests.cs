using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Rules.Blackouts;
using VixShield.Live.Testing;

namespace VixShield.Live.Rules.Tests.Blackouts;

public sealed class EventBlackoutTests
{
    private static readonly BlackoutPolicy AllEvents = new([EconomicEventKind.Fomc, EconomicEventKind.Cpi, EconomicEventKind.Ppi], null);

    private static readonly EconomicCalendar Events = EconomicCalendar.Parse(
    [
        "date,event,time_et,description",
        "2026-03-11,cpi,08:30,CPI on a Wednesday",
        "2026-03-09,ppi,08:30,PPI on a Monday",
        "2026-03-18,ppi,08:30,PPI and FOMC on one day",
        "2026-03-18,fomc,14:00,FOMC",
        "2026-11-30,cpi,08:30,CPI after the early close of 2026-11-27",
    ], "test.csv");

    /// <summary>(New York time of the query, expected event description or null outside every window).</summary>
    public static TheoryData<int, int, int, int, string?> Queries => new()
    {
        { 3, 10, 15, 59, null },
        { 3, 10, 16, 0, "CPI on a Wednesday" },
        { 3, 11, 8, 29, "CPI on a Wednesday" },
        { 3, 11, 8, 30, null },
        { 3, 6, 15, 59, null },
        { 3, 6, 16, 0, "PPI on a Monday" },
        { 3, 7, 12, 0, "PPI on a Monday" },
        { 3, 9, 8, 29, "PPI on a Monday" },
        { 3, 17, 16, 30, "PPI and FOMC on one day" },
        { 3, 18, 9, 0, "FOMC" },
        { 3, 18, 13, 59, "FOMC" },
        { 3, 18, 14, 0, null },
        { 11, 27, 12, 59, null },
        { 11, 27, 13, 0, "CPI after the early close of 2026-11-27" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void TryGetWindow_FromPriorSessionCloseUntilRelease_Blocks(int month, int day, int hour, int minute, string? expected)
    {
        var sut = new EventBlackout(Events, new NyseTradingCalendar(), AllEvents);

        var inside = sut.TryGetWindow(Some.NewYork(2026, month, day, hour, minute), out var window);

        Assert.Equal(expected is not null, inside);
        if (expected is not null)
        {
            Assert.Equal(expected, window.Event.Description);
            Assert.True(window.Contains(Some.NewYork(2026, month, day, hour, minute)));
        }
    }

    [Fact]
    public void TryGetWindow_KindNotInPolicy_DoesNotBlock()
    {
        var sut = new EventBlackout(Events, new NyseTradingCalendar(), new BlackoutPolicy([EconomicEventKind.Fomc], null));

        Assert.False(sut.TryGetWindow(Some.NewYork(2026, 3, 11, 7, 0), out _));
        Assert.True(sut.TryGetWindow(Some.NewYork(2026, 3, 18, 7, 0), out var window));
        Assert.Equal(EconomicEventKind.Fomc, window.Event.Kind);
        Assert.Equal(Some.NewYork(2026, 3, 17, 16, 0), window.Start);
        Assert.Equal(Some.NewYork(2026, 3, 18, 14, 0), window.End);
    }

    [Fact]
    public void TryGetWindow_EmptyCalendar_NeverBlocks()
    {
        var sut = new EventBlackout(EconomicCalendar.Empty, new NyseTradingCalendar(), AllEvents);

        Assert.False(sut.TryGetWindow(Some.NewYork(2026, 3, 11, 7, 0), out _));
        Assert.Empty(sut.Windows);
    }
}
