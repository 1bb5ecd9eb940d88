using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.State;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.State;

/// <summary>What a restore decides about time: a missed condor entry, a late one, a clock behind the saved state, and a
/// condor that expired while the daemon was down.</summary>
public sealed class DecisionLoopRestoreTests
{
    private static readonly NyseTradingCalendar Calendar = new();

    [Fact]
    public void Restore_EntrySessionClosedWhileDown_DropsTheEntryAndSaysSo()
    {
        var saved = Loop().CaptureSnapshot();
        var sut = Fresh();

        var report = sut.Restore(saved, Some.NewYork(2026, 3, 3, 10, 0));

        Assert.Equal(Instant.MaxValue, sut.Condors.NextEntry);
        Assert.Contains(report.Notes, note => note.Contains("was missed while the daemon was down", StringComparison.Ordinal));
    }

    [Fact]
    public void Restore_EntryTimePassedButSessionOpen_KeepsTheEntryForTheFirstQuote()
    {
        var saved = Loop().CaptureSnapshot();
        var sut = Fresh();

        var report = sut.Restore(saved, Some.NewYork(2026, 3, 2, 15, 40));
        sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6003m, at: Some.NewYork(2026, 3, 2, 15, 40))));

        Assert.Contains(report.Notes, note => note.Contains("it is made at the first quote", StringComparison.Ordinal));
        Assert.Single(sut.Condors.OpenPositions);
    }

    [Fact]
    public void Restore_ClockBehindTheSavedMarketTime_Warns()
    {
        var saved = Loop().CaptureSnapshot();

        var report = Fresh().Restore(saved, Some.NewYork(2026, 3, 2, 9, 0));

        Assert.Contains(report.Notes, note => note.Contains("is ahead of the clock", StringComparison.Ordinal));
    }

    [Fact]
    public void Restore_CondorExpiredWhileTheDaemonWasDown_SettlesAtTheNextEventOnTheLastSpx()
    {
        var before = Loop();
        before.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6001m, at: Some.NewYork(2026, 3, 2, 15, 30))));
        before.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6004m, at: Some.NewYork(2026, 3, 2, 15, 45))));
        var saved = before.CaptureSnapshot();
        Assert.Single(saved.Condors.Open);
        var sut = Fresh();
        sut.Restore(saved, Some.NewYork(2026, 3, 4, 9, 31));

        sut.Process(InboundEvent.ForHeartbeat(Some.NewYork(2026, 3, 4, 9, 31)));

        Assert.Empty(sut.Condors.OpenPositions);
        var comparison = Assert.Single(sut.PendingAlerts, alert => alert.Type == "comparison.daily");
        Assert.Contains("with SPX at 6004", comparison.Reason, StringComparison.Ordinal);
        Assert.Equal(Calendar.GetSession(new LocalDate(2026, 3, 3))!.Close, comparison.EventTime);
    }

    /// <summary>A loop that saw SPX and VIX at the 2026-03-02 open, so the day's condor entry is scheduled for 15:30.</summary>
    private static DecisionLoop Loop()
    {
        var loop = Fresh();
        loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6000m, at: Some.NewYork(2026, 3, 2, 9, 30))));
        loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Vix, 16m, at: Some.NewYork(2026, 3, 2, 9, 30))));
        return loop;
    }

    private static DecisionLoop Fresh() =>
        new(Channel.CreateUnbounded<InboundEvent>().Reader, Channel.CreateUnbounded<Alert>().Writer, Calendar, new EngineOptions(), watchStaleness: false,
            NullLogger<DecisionLoop>.Instance);
}
