using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.Reliability;

/// <summary>Seeded random quote streams with injected faults (out of order, duplicates, zero, negative, crossed,
/// extreme values, heartbeats and feed status changes) through the real decision loop over several sessions.</summary>
/// <remarks>The oracle is the README's rule, written independently here: a quote is refused when it is older than
/// market time, or (for an index) crossed or not positive, or (for breadth) negative; everything else is used. The loop
/// must never throw, must refuse exactly those, must use only the others, and must alert a refusal once per index per
/// session.</remarks>
public sealed class DecisionLoopFuzzTests
{
    private static readonly MarketSymbol[] Symbols =
        [MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Vix9d, MarketSymbol.Vix3m, MarketSymbol.NyseAdvancing, MarketSymbol.NyseDeclining];

    private static readonly decimal[] Extremes = [decimal.MaxValue, decimal.MaxValue / 3m, 0.0000000000000000000000000001m, 1e20m];

    private readonly Channel<InboundEvent> inbound = Channel.CreateUnbounded<InboundEvent>();
    private readonly Channel<Alert> alerts = Channel.CreateUnbounded<Alert>();
    private readonly NyseTradingCalendar calendar = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Process_RandomStreamWithFaults_RefusesExactlyTheBadQuotesAndAlertsEachOncePerSession(int seed)
    {
        var random = new Random(seed);
        var sut = CreateLoop();
        var levels = new Dictionary<MarketSymbol, decimal>
        {
            [MarketSymbol.Spx] = 6000m, [MarketSymbol.Vix] = 17m, [MarketSymbol.Vix9d] = 16m, [MarketSymbol.Vix3m] = 19m,
            [MarketSymbol.NyseAdvancing] = 1500m, [MarketSymbol.NyseDeclining] = 1400m,
        };
        var marketTime = Instant.MinValue;
        var time = Some.NewYork(2026, 3, 2, 9, 29);
        var end = Some.NewYork(2026, 3, 4, 16, 5);
        Quote previous = default;
        long sent = 0;
        long expectedRefused = 0;
        var emitted = new List<Alert>();

        while (time < end)
        {
            time = NextTime(random, time);
            var inboundEvent = NextEvent(random, time, levels, previous, out var quote);
            var refused = false;
            if (inboundEvent.Kind == InboundEventKind.Quote)
            {
                sent++;
                previous = quote;
                refused = quote.EventTime < marketTime || IsBad(quote);
                if (refused)
                {
                    expectedRefused++;
                }
                else
                {
                    marketTime = Max(marketTime, quote.EventTime);
                }
            }
            else if (inboundEvent.Kind != InboundEventKind.Query)
            {
                marketTime = Max(marketTime, inboundEvent.EventTime);
            }

            try
            {
                sut.Process(in inboundEvent);
            }
            catch (Exception exception)
            {
                Assert.Fail($"seed {seed}: the loop threw on {Describe(inboundEvent)}: {exception.GetType().Name}: {exception.Message}");
            }

            if (inboundEvent.Kind == InboundEventKind.Quote && !refused)
            {
                Assert.Equal(quote, sut.LastQuote(quote.Symbol));
            }

            emitted.AddRange(sut.PendingAlerts);
            await sut.FlushAlertsAsync(CancellationToken.None);
        }

        Assert.Equal(sent, sut.Statistics.QuotesProcessed + sut.Statistics.QuotesRejected);
        Assert.Equal(expectedRefused, sut.Statistics.QuotesRejected);
        Assert.True(expectedRefused > 20, $"seed {seed}: only {expectedRefused} faults injected");
        Assert.All(Symbols, symbol => Assert.True(sut.LastQuote(symbol).Price >= 0m));
        Assert.Equal(Enumerable.Range(1, emitted.Count).Select(i => (long)i), emitted.Select(a => a.Sequence));
        AssertSessionsAlternate(emitted, seed);
        AssertRefusalsAlertedOncePerIndexPerSession(emitted, seed);
    }

    [Theory]
    [InlineData(MarketSymbol.Spx)]
    [InlineData(MarketSymbol.Vix)]
    public void Process_PositiveButAbsurdLastPricesAroundTheCondorEntry_NeverStopTheLoop(MarketSymbol symbol)
    {
        var sut = CreateLoop();
        var at = OpenWithNormalQuotes(sut);

        foreach (var absurd in Extremes)
        {
            at += Duration.FromSeconds(10);
            var exception = Record.Exception(() => sut.Process(InboundEvent.ForQuote(Some.Quote(symbol, last: absurd, at: at))));
            Assert.True(exception is null, $"{symbol} last {absurd}: {exception?.GetType().Name}: {exception?.Message}");
        }

        var close = Record.Exception(() => sut.Process(InboundEvent.ForHeartbeat(Some.NewYork(2026, 3, 2, 16, 0))));
        Assert.True(close is null, $"closing the session after absurd quotes: {close?.GetType().Name}: {close?.Message}");
        Assert.Equal(1, sut.PendingAlerts.Count(a => a.Type == "session.close"));
    }

    /// <summary>A tick file may legally carry such a bid and ask (the reader only checks bid &lt;= ask and not negative).</summary>
    [Theory]
    [InlineData(MarketSymbol.Spx)]
    [InlineData(MarketSymbol.Vix)]
    public void Process_BidAndAskNearTheDecimalLimit_IsHandledWithoutStoppingTheLoop(MarketSymbol symbol)
    {
        var sut = CreateLoop();
        var at = OpenWithNormalQuotes(sut) + Duration.FromSeconds(10);

        var exception = Record.Exception(() => sut.Process(InboundEvent.ForQuote(Some.Quote(symbol, last: 0m, bid: decimal.MaxValue, ask: decimal.MaxValue, at: at))));
        sut.Process(InboundEvent.ForQuote(Some.Quote(symbol, last: symbol == MarketSymbol.Spx ? 6001m : 17.5m, at: at + Duration.FromSeconds(1))));

        Assert.True(exception is null, $"{exception?.GetType().Name}: {exception?.Message}");
        Assert.Equal(symbol == MarketSymbol.Spx ? 6001m : 17.5m, sut.LastQuote(symbol).Price);
    }

    /// <summary>Opens 2026-03-02 with ordinary SPX and VIX quotes; returns 15:29:30, shortly before the condor entry.</summary>
    private static Instant OpenWithNormalQuotes(DecisionLoop sut)
    {
        var open = Some.NewYork(2026, 3, 2, 9, 30);
        sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Spx, 6000m, at: open)));
        sut.Process(InboundEvent.ForQuote(Some.Quote(MarketSymbol.Vix, 17m, at: open)));
        return Some.NewYork(2026, 3, 2, 15, 29, 30);
    }

    private static bool IsBad(Quote quote)
    {
        if (quote.Symbol.IsBreadth())
        {
            return quote.Last < 0m;
        }

        if (quote.Bid > 0m && quote.Ask > 0m)
        {
            return quote.Bid > quote.Ask;
        }

        return quote.Last <= 0m;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static string Describe(InboundEvent inboundEvent) => inboundEvent.Kind == InboundEventKind.Quote
        ? $"{inboundEvent.Quote.Symbol} bid {inboundEvent.Quote.Bid} ask {inboundEvent.Quote.Ask} last {inboundEvent.Quote.Last} at {inboundEvent.EventTime}"
        : $"{inboundEvent.Kind} at {inboundEvent.EventTime}";

    /// <summary>Quarter-second to two-second steps through each session; after the close, straight to the next open.</summary>
    private Instant NextTime(Random random, Instant time)
    {
        var next = time + Duration.FromMilliseconds(250 + random.Next(1750));
        var local = next.InZone(calendar.Zone);
        if (local.TimeOfDay > new LocalTime(16, 2))
        {
            var session = calendar.GetSession(calendar.NextTradingDay(local.Date))!;
            return session.Open - Duration.FromSeconds(30);
        }

        return next;
    }

    private static InboundEvent NextEvent(Random random, Instant time, Dictionary<MarketSymbol, decimal> levels, Quote previous, out Quote quote)
    {
        quote = default;
        var roll = random.Next(1000);
        if (roll < 5)
        {
            return InboundEvent.ForHeartbeat(time);
        }

        if (roll < 7)
        {
            return InboundEvent.ForFeedStatus(new FeedStatusChanged("fuzz", random.Next(2) == 0 ? FeedState.Disconnected : FeedState.Connected, time, "fuzz"));
        }

        if (roll < 17 && previous != default)
        {
            quote = previous;
            return InboundEvent.ForQuote(in quote);
        }

        var symbol = Symbols[random.Next(Symbols.Length)];
        var level = levels[symbol];
        var next = symbol.IsBreadth()
            ? Math.Max(0m, level + random.Next(-20, 21))
            : Math.Round(level * (1m + (((decimal)random.NextDouble() - 0.5m) / 500m)), 2);
        levels[symbol] = next;
        var at = time;
        var bid = 0m;
        var ask = 0m;
        switch (random.Next(60))
        {
            case 0:
                at = time - Duration.FromSeconds(1 + random.Next(120));
                break;
            case 1:
                next = 0m;
                break;
            case 2:
                next = -next;
                break;
            case 3:
                bid = next + 1m;
                ask = next - 1m;
                break;
            case 4:
                bid = next - 0.05m;
                ask = next + 0.05m;
                break;
            case 5:
                next = symbol.IsBreadth() ? -1m : 0.0000000000000000000000000001m;
                break;
        }

        quote = new Quote(symbol, bid, ask, next, at, at);
        return InboundEvent.ForQuote(in quote);
    }

    private static void AssertSessionsAlternate(List<Alert> emitted, int seed)
    {
        var sessions = emitted.Where(a => a.Type is "session.open" or "session.close").Select(a => a.Type).ToList();
        Assert.True(sessions.Count >= 5, $"seed {seed}: {sessions.Count} session events");
        for (var i = 0; i < sessions.Count; i++)
        {
            Assert.Equal(i % 2 == 0 ? "session.open" : "session.close", sessions[i]);
        }
    }

    private static void AssertRefusalsAlertedOncePerIndexPerSession(List<Alert> emitted, int seed)
    {
        var session = 0;
        var seen = new HashSet<(int Session, string? Instrument)>();
        var refusals = 0;
        foreach (var alert in emitted)
        {
            if (alert.Type == "session.open")
            {
                session++;
            }
            else if (alert.Type == "quote.rejected")
            {
                refusals++;
                Assert.True(seen.Add((session, alert.Instrument)), $"seed {seed}: a second quote.rejected for {alert.Instrument} in session {session}");
            }
        }

        Assert.True(refusals > 0, $"seed {seed}: no refusal was alerted");
    }

    private DecisionLoop CreateLoop() =>
        new(inbound.Reader, alerts.Writer, calendar, new EngineOptions(), watchStaleness: true, NullLogger<DecisionLoop>.Instance);
}
