using System.Threading.Channels;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;

namespace VixShield.Live.Adapters.Tests.Replay;

/// <summary>Runs a feed into an unbounded channel on a manual market clock and wall clock, and collects what it wrote.</summary>
internal sealed class FeedRun
{
    public FeedRun(Instant marketStart, double? speed = null)
    {
        MarketClock = new ManualTimeProvider(marketStart);
        WallClock = new ManualTimeProvider(Instant.FromUtc(2030, 1, 1, 0, 0));
        Pacer = new MarketPacer(MarketClock, WallClock, speed);
    }

    public ManualTimeProvider MarketClock { get; }

    public ManualTimeProvider WallClock { get; }

    public MarketPacer Pacer { get; }

    public Channel<InboundEvent> Channel { get; } = System.Threading.Channels.Channel.CreateUnbounded<InboundEvent>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    public Task Start(IMarketDataFeed feed, CancellationToken cancellationToken = default) => feed.RunAsync(Channel.Writer, cancellationToken);

    /// <summary>Everything written so far, in order.</summary>
    public List<InboundEvent> Drain()
    {
        var events = new List<InboundEvent>();
        while (Channel.Reader.TryRead(out var item))
        {
            events.Add(item);
        }

        return events;
    }

    public static string Describe(InboundEvent item) => item.Kind switch
    {
        InboundEventKind.Quote => $"{item.Quote.Symbol} {Format(item.EventTime)} {item.Quote.Last}",
        InboundEventKind.Heartbeat => $"heartbeat {Format(item.EventTime)}",
        _ => $"{((FeedStatusChanged)item.Payload!).State} {Format(item.EventTime)}",
    };

    private static string Format(Instant time) => InstantPattern.ExtendedIso.Format(time);
}
