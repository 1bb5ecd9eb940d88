using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

public sealed class QuoteOutboxTests : IDisposable
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 10, 16, 13, 45);
    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));

    public void Dispose() => guard.Dispose();

    [Fact]
    public void OfferQuote_ChannelHasRoom_WritesEveryQuoteAtOnce()
    {
        var channel = Bounded(10);
        var sut = new QuoteOutbox(channel.Writer, "tws", () => { }, guard.Token);

        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6000m, T0);
        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6000m, T0);
        sut.OfferQuote(MarketSymbol.Vix, 0m, 0m, 16m, T0);

        Assert.Equal(3, channel.Reader.Count);
        Assert.Equal((3L, 0L, false), (sut.QuotesWritten, sut.QuotesCoalesced, sut.HasWaiting));
    }

    [Fact]
    public async Task OfferQuote_ChannelFull_CoalescesLatestPerSymbolAndWritesInUpdateOrder()
    {
        var channel = Bounded(1);
        var sut = new QuoteOutbox(channel.Writer, "tws", () => { }, guard.Token);

        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6000m, T0);
        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6001m, T0 + Duration.FromMilliseconds(1));
        sut.OfferQuote(MarketSymbol.Vix, 0m, 0m, 16m, T0 + Duration.FromMilliseconds(2));
        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6002m, T0 + Duration.FromMilliseconds(3));
        var coalesced = sut.QuotesCoalesced;
        var read = new List<InboundEvent>();
        for (var i = 0; i < 3; i++)
        {
            read.Add(await channel.Reader.ReadAsync(guard.Token));
        }

        await (sut.Flushing ?? Task.CompletedTask).WaitAsync(guard.Token);

        Assert.Equal(1L, coalesced);
        Assert.Equal(
            [(MarketSymbol.Spx, 6000m, T0), (MarketSymbol.Vix, 16m, T0 + Duration.FromMilliseconds(2)), (MarketSymbol.Spx, 6002m, T0 + Duration.FromMilliseconds(3))],
            read.Select(e => (e.Quote.Symbol, e.Quote.Last, e.EventTime)));
        Assert.Equal((3L, false), (sut.QuotesWritten, sut.HasWaiting));
    }

    [Fact]
    public async Task Publish_ChannelFull_StatusQueuesInUpdateOrderAndIsNeverDropped()
    {
        var channel = Bounded(1);
        var sut = new QuoteOutbox(channel.Writer, "tws", () => { }, guard.Token);

        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6000m, T0);
        sut.OfferQuote(MarketSymbol.Vix, 0m, 0m, 16m, T0);
        sut.Publish(FeedState.Disconnected, "lost", T0);
        sut.OfferQuote(MarketSymbol.Vix, 0m, 0m, 16.5m, T0);
        var kinds = new List<(InboundEventKind, decimal)>();
        for (var i = 0; i < 3; i++)
        {
            var next = await channel.Reader.ReadAsync(guard.Token);
            kinds.Add((next.Kind, next.Quote.Last));
        }

        Assert.Equal([(InboundEventKind.Quote, 6000m), (InboundEventKind.FeedStatus, 0m), (InboundEventKind.Quote, 16.5m)], kinds);
    }

    [Fact]
    public void OfferQuote_ClockStepsBackwards_KeepsEventTimesNonDecreasing()
    {
        var channel = Bounded(10);
        var sut = new QuoteOutbox(channel.Writer, "tws", () => { }, guard.Token);

        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6000m, T0 + Duration.FromSeconds(5));
        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6001m, T0);
        var status = sut.Publish(FeedState.Connected, "ok", T0);

        Assert.True(channel.Reader.TryRead(out _));
        Assert.True(channel.Reader.TryRead(out var second));
        Assert.Equal((T0 + Duration.FromSeconds(5), T0 + Duration.FromSeconds(5)), (second.Quote.EventTime, second.Quote.ReceivedTime));
        Assert.Equal(T0 + Duration.FromSeconds(5), status.EventTime);
    }

    [Fact]
    public async Task OfferQuote_WriterCompletedWhileQuotesWait_DiscardsThemAndSaysSo()
    {
        var channel = Bounded(1);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sut = new QuoteOutbox(channel.Writer, "tws", () => closed.TrySetResult(), guard.Token);
        sut.OfferQuote(MarketSymbol.Spx, 0m, 0m, 6000m, T0);
        sut.OfferQuote(MarketSymbol.Vix, 0m, 0m, 16m, T0);

        channel.Writer.Complete();
        await closed.Task.WaitAsync(guard.Token);

        Assert.False(sut.HasWaiting);
        Assert.Equal(1L, sut.QuotesWritten);
    }

    private static Channel<InboundEvent> Bounded(int capacity)
        => Channel.CreateBounded<InboundEvent>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
}
