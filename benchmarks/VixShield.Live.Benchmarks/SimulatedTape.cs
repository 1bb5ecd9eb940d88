using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Benchmarks;

/// <summary>Whole sessions of the built-in simulated market, recorded once so a benchmark replays the same events.</summary>
/// <remarks>The feed runs with no pacing (a <c>--speed max</c> run) into an unbounded channel; the tape is what the
/// daemon's decision loop would read from its inbound channel: feed status, quotes, breadth and the close heartbeats.</remarks>
internal sealed class SimulatedTape
{
    private SimulatedTape(InboundEvent[] events, IReadOnlyList<TradingSession> sessions)
    {
        Events = events;
        Sessions = sessions;
    }

    public static NyseTradingCalendar Calendar { get; } = new();

    public InboundEvent[] Events { get; }

    public IReadOnlyList<TradingSession> Sessions { get; }

    public static SimulatedTape Record(LocalDate firstDay, int sessionCount, int seed)
    {
        var sessions = new List<TradingSession> { Calendar.CurrentOrNextSession(firstDay.AtStartOfDayInZone(Calendar.Zone).ToInstant()) };
        while (sessions.Count < sessionCount)
        {
            sessions.Add(Calendar.GetSession(Calendar.NextTradingDay(sessions[^1].TradeDate))!);
        }

        var clock = new ManualTimeProvider(sessions[0].Open);
        var options = new SimulatedMarketOptions { Seed = seed, Start = sessions[0].Open, End = sessions[^1].Close };
        var feed = new SimulatedMarketDataFeed(options, new MarketPacer(clock, clock, speed: null), Calendar);
        var channel = Channel.CreateUnbounded<InboundEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

        // Unpaced and unbounded, every write completes at once, so the feed runs to its end synchronously.
        feed.RunAsync(channel.Writer, CancellationToken.None).GetAwaiter().GetResult();
        channel.Writer.Complete();
        var events = new List<InboundEvent>(sessionCount * 400_000);
        while (channel.Reader.TryRead(out var inboundEvent))
        {
            events.Add(inboundEvent);
        }

        return new SimulatedTape([.. events], sessions);
    }

    /// <summary>Index of the first event at or after <paramref name="time"/> (events are in time order).</summary>
    public int IndexAt(Instant time)
    {
        var low = 0;
        var high = Events.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Events[middle].EventTime < time)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
