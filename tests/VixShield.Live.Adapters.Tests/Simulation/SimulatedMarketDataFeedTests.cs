using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Adapters.Tests.Replay;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.Tests.Simulation;

public sealed class SimulatedMarketDataFeedTests
{
    private static readonly NyseTradingCalendar Calendar = new();
    private static readonly Instant Open = Instant.FromUtc(2024, 1, 2, 14, 30);

    [Fact]
    public async Task RunAsync_SameSeed_WritesTheIdenticalEventSequence()
    {
        var options = new SimulatedMarketOptions { Seed = 9, Start = Open, End = Open + Duration.FromMinutes(5) };

        var first = await RunAsync(options);
        var second = await RunAsync(options);

        Assert.True(first.Count > 4000);
        Assert.Equal(first.Select(Fingerprint), second.Select(Fingerprint));
    }

    [Fact]
    public async Task RunAsync_DifferentSeed_WritesADifferentSequence()
    {
        var options = new SimulatedMarketOptions { Seed = 9, Start = Open, End = Open + Duration.FromMinutes(5) };

        var first = await RunAsync(options);
        var second = await RunAsync(options with { Seed = 10 });

        Assert.NotEqual(first.Select(Fingerprint), second.Select(Fingerprint));
    }

    [Fact]
    public async Task RunAsync_TenMinutesOfASession_QuotesEachIndexAboutFourTimesASecondAndBreadthEveryMinute()
    {
        var options = new SimulatedMarketOptions { Start = Open, End = Open + Duration.FromMinutes(10) };

        var sut = await RunAsync(options);

        var quotes = sut.Where(item => item.Kind == InboundEventKind.Quote).Select(item => item.Quote).ToList();
        foreach (var symbol in new[] { MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Vix9d, MarketSymbol.Vix3m })
        {
            var perSecond = quotes.Count(quote => quote.Symbol == symbol) / 600.0;
            Assert.InRange(perSecond, 3.8, 4.2);
        }

        Assert.InRange(quotes.Count(quote => quote.Symbol == MarketSymbol.NyseAdvancing), 9, 10);
        Assert.Equal(quotes.Count(quote => quote.Symbol == MarketSymbol.NyseAdvancing), quotes.Count(quote => quote.Symbol == MarketSymbol.NyseDeclining));
        Assert.All(quotes, quote => Assert.InRange(quote.EventTime, options.Start, options.End!.Value));
        Assert.Equal(FeedState.Started, ((FeedStatusChanged)sut[0].Payload!).State);
        var stopped = (FeedStatusChanged)sut[^1].Payload!;
        Assert.Equal((SimulatedMarketDataFeed.FeedName, FeedState.Stopped), (stopped.FeedName, stopped.State));
        Assert.StartsWith("duration reached", stopped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AcrossThanksgivingAndBlackFriday_QuotesOnlyInSessionsAndBeatsAtEachClose()
    {
        var start = Instant.FromUtc(2024, 11, 27, 14, 30);
        var end = Instant.FromUtc(2024, 12, 2, 14, 30);
        var options = new SimulatedMarketOptions { Start = start, End = end, QuotesPerSecond = 0.01, BreadthInterval = TimeSpan.FromHours(1) };

        var sut = await RunAsync(options);

        var wednesday = Calendar.GetSession(new LocalDate(2024, 11, 27))!;
        var friday = Calendar.GetSession(new LocalDate(2024, 11, 29))!;
        Assert.Equal([wednesday.Close, friday.Close], sut.Where(item => item.Kind == InboundEventKind.Heartbeat).Select(item => item.EventTime));
        Assert.All(sut.Where(item => item.Kind == InboundEventKind.Quote), item => Assert.True(wednesday.Contains(item.EventTime) || friday.Contains(item.EventTime)));
        Assert.Equal(sut.Select(item => item.EventTime).Order(), sut.Select(item => item.EventTime));
        var closingPrints = sut.Where(item => item.Kind == InboundEventKind.Quote && item.EventTime == friday.Close - Duration.FromMilliseconds(1)).ToList();
        Assert.Equal(MarketSymbols.All.Except([MarketSymbol.Vix6m, MarketSymbol.Vvix]), closingPrints.Select(item => item.Quote.Symbol).Order());
        var breadth = closingPrints.Where(item => item.Quote.Symbol.IsBreadth()).Sum(item => item.Quote.Last);
        Assert.Equal(Math.Round(SimulatedMarketDefaults.TotalIssues * (1 - SimulatedMarketDefaults.UnchangedFraction)), (double)breadth);
        Assert.Equal(FeedState.Stopped, ((FeedStatusChanged)sut[^1].Payload!).State);
        Assert.Equal(friday.Close, sut[^1].EventTime);
    }

    [Fact]
    public async Task RunAsync_Cancelled_WritesStoppedCancelledAndThrows()
    {
        var run = new FeedRun(Open);
        var sut = new SimulatedMarketDataFeed(new SimulatedMarketOptions { Start = Open }, run.Pacer, Calendar);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.Start(sut, new CancellationToken(canceled: true)));

        var stopped = (FeedStatusChanged)Assert.Single(run.Drain()).Payload!;
        Assert.Equal((FeedState.Stopped, "cancelled"), (stopped.State, stopped.Reason));
    }

    [Fact]
    public async Task RunAsync_ClockPastTheStart_Throws()
    {
        var run = new FeedRun(Open + Duration.FromDays(1));
        var sut = new SimulatedMarketDataFeed(new SimulatedMarketOptions { Start = Open }, run.Pacer, Calendar);

        await Assert.ThrowsAsync<InvalidOperationException>(() => run.Start(sut));
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        var run = new FeedRun(Open);

        var thrown = Assert.Throws<ArgumentException>(() =>
            new SimulatedMarketDataFeed(new SimulatedMarketOptions { Start = Open, End = Open }, run.Pacer, Calendar));

        Assert.Contains("End:", thrown.Message, StringComparison.Ordinal);
    }

    private static async Task<List<InboundEvent>> RunAsync(SimulatedMarketOptions options)
    {
        var run = new FeedRun(options.Start);
        await run.Start(new SimulatedMarketDataFeed(options, run.Pacer, Calendar));
        var events = run.Drain();
        Assert.Equal(events[^1].EventTime, run.MarketClock.GetCurrentInstant());
        return events;
    }

    private static string Fingerprint(InboundEvent item) => $"{item.Kind} {item.Quote.Symbol} {item.Quote.Last} {item.EventTime}";
}
