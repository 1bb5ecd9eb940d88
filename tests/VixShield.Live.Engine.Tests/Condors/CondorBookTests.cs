using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Alerts;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Rules.ShadowStops;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.Condors;

public class CondorBookTests
{
    [Fact]
    public void DecisionLoop_CalmDayThenExpiry_ProposesAtEntryTimeAndSettlesWithFullCredit()
    {
        var sut = CreateLoop();

        Drive(sut, Some.NewYork(2026, 3, 2, 15, 0), Some.NewYork(2026, 3, 3, 16, 0), _ => 6000m);

        var proposal = sut.PendingAlerts.First(a => a.Type == "condor.proposed");
        Assert.Equal(Some.NewYork(2026, 3, 2, 15, 30), proposal.EventTime);
        Assert.Equal("2026-03-03", proposal.Values.Single(v => v.Name == "expiry").Text);
        var credit = proposal.Values.Single(v => v.Name == "credit").Money;
        Assert.DoesNotContain(sut.PendingAlerts, a => a.Type == "shadow.stop_fired");
        var comparison = Assert.Single(sut.PendingAlerts, a => a.Type == "comparison.daily");
        Assert.Equal(Some.NewYork(2026, 3, 3, 16, 0), comparison.EventTime);
        Assert.Equal(credit, comparison.Values.Single(v => v.Name == "hold_to_expiry_pnl").Money);
        Assert.Equal(credit, comparison.Values.Single(v => v.Name == "stop_1x_pnl").Money);
        Assert.Equal(credit, comparison.Values.Single(v => v.Name == "stop_2x_pnl").Money);
    }

    [Fact]
    public void DecisionLoop_SelloffThroughThePutSide_Fires1xBefore2xAndHoldLosesTheMaximum()
    {
        var sut = CreateLoop();
        var crashStart = Some.NewYork(2026, 3, 3, 10, 0);

        Drive(sut, Some.NewYork(2026, 3, 2, 15, 0), Some.NewYork(2026, 3, 3, 16, 0),
            t => t < crashStart ? 6000m : Math.Max(5700m, 6000m - (decimal)(t - crashStart).TotalMinutes));

        var stops = sut.PendingAlerts.Where(a => a.Type == "shadow.stop_fired").ToList();
        Assert.Equal(["stop-1x", "stop-2x"], stops.Select(s => s.Values.Single(v => v.Name == "strategy").Text));
        Assert.True(stops[0].EventTime < stops[1].EventTime);
        var comparison = Assert.Single(sut.PendingAlerts, a => a.Type == "comparison.daily");
        var proposal = sut.PendingAlerts.First(a => a.Type == "condor.proposed");
        var maxLoss = proposal.Values.Single(v => v.Name == "max_loss").Money;
        Assert.Equal(-maxLoss, comparison.Values.Single(v => v.Name == "hold_to_expiry_pnl").Money);
        var stop1 = comparison.Values.Single(v => v.Name == "stop_1x_pnl").Money;
        var stop2 = comparison.Values.Single(v => v.Name == "stop_2x_pnl").Money;
        Assert.True(stop1 > stop2 && stop2 > -maxLoss, $"stop-1x {stop1}, stop-2x {stop2}, hold {-maxLoss}");
    }

    [Fact]
    public void DecisionLoop_NoVixAtEntryTime_SkipsTheCondorWithAReason()
    {
        var sut = CreateLoop();

        sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6000m, at: Some.NewYork(2026, 3, 2, 15, 0))));
        sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6001m, at: Some.NewYork(2026, 3, 2, 15, 31))));

        var skipped = Assert.Single(sut.PendingAlerts, a => a.Type == "condor.skipped");
        Assert.Contains("VIX", skipped.Reason, StringComparison.Ordinal);
        Assert.Empty(sut.Condors.OpenPositions);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Observe_BetweenSecondlyMarks_FiresEveryStopOnTheSameQuoteAsMarkingEveryQuote(int seed)
    {
        var (everyQuote, everyQuoteAlerts) = OpenBook();
        var (sut, sutAlerts) = OpenBook();
        var random = new Random(seed);
        var spx = 6000.0;
        var vix = 16.0;
        var nextSecond = Instant.MinValue;
        var time = Some.NewYork(2026, 3, 3, 9, 30);

        // Eight quotes a second, SPX drifting down through the put side with noise and VIX rising with it.
        for (var i = 0; i < 8 * 3600 * 2; i++, time += Duration.FromMilliseconds(125))
        {
            spx += (random.NextDouble() - 0.56) * 1.5;
            vix = Math.Max(10.0, vix + ((random.NextDouble() - 0.45) * 0.05));
            var termStructure = new VolatilityTermStructure(new VolatilityIndexLevels(decimal.Round((decimal)vix, 2), Vix9d: decimal.Round((decimal)vix * 0.95m, 2)));
            everyQuote.Mark(time, spx, termStructure);
            if (time >= nextSecond)
            {
                nextSecond = time + Duration.FromSeconds(1);
                sut.Mark(time, spx, termStructure);
            }
            else
            {
                sut.Observe(time, spx, termStructure);
            }

            Assert.Equal(everyQuote.OpenPositions[0].LastMark, sut.OpenPositions[0].LastMark);
        }

        var expected = everyQuoteAlerts.Where(a => a.Type == "shadow.stop_fired").Select(Describe).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, sutAlerts.Where(a => a.Type == "shadow.stop_fired").Select(Describe));
    }

    private static string Describe(Alert alert) =>
        alert.EventTime + " " + alert.Reason + " " + string.Join(",", alert.Values.Select(v => v.Name + "=" + v.Text + v.Money));

    /// <summary>A book holding the condor proposed on 2026-03-02 at 15:30 with SPX 6000 and VIX 16, and the alerts it raises.</summary>
    private static (CondorBook Book, List<Alert> Alerts) OpenBook()
    {
        var calendar = new NyseTradingCalendar();
        var model = new SpxOptionModel(new PricingOptions());
        var expiries = new SpxwExpiries(calendar);
        var alerts = new List<Alert>();
        var factory = new AlertFactory();
        var book = new CondorBook(
            new CondorSelector(new CondorSelectionOptions(), model, expiries), expiries, model, new ShadowStopOptions(),
            (type, severity, time, instrument, reason, values) => alerts.Add(factory.Create(type, severity, time, instrument, reason, values)));
        book.OnSessionOpen(calendar.GetSession(new LocalDate(2026, 3, 2))!);
        book.OnTime(book.NextEntry, 6000m, new VolatilityIndexLevels(16m, Vix9d: 15.2m));
        Assert.Single(book.OpenPositions);
        return (book, alerts);
    }

    /// <summary>One SPX quote and one VIX quote every 10 market seconds during sessions, heartbeats at the closes.</summary>
    private static void Drive(DecisionLoop loop, Instant from, Instant to, Func<Instant, decimal> spx)
    {
        var calendar = new NyseTradingCalendar();
        for (var t = from; t < to; t += Duration.FromSeconds(10))
        {
            var session = calendar.CurrentOrNextSession(t);
            if (!session.Contains(t))
            {
                continue;
            }

            loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Vix, 16m, at: t)));
            loop.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, spx(t), at: t)));
            if (t + Duration.FromSeconds(10) >= session.Close)
            {
                loop.Process(InboundEvent.ForHeartbeat(session.Close));
            }
        }
    }

    private static DecisionLoop CreateLoop() => new(
        Channel.CreateUnbounded<InboundEvent>().Reader,
        Channel.CreateUnbounded<Alert>().Writer,
        new NyseTradingCalendar(),
        new EngineOptions { EmitBarEvents = false },
        watchStaleness: false,
        NullLogger<DecisionLoop>.Instance);
}
