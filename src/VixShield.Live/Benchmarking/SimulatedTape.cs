using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Benchmarking;

/// <summary>Whole sessions of the built-in simulated market recorded as the decision loop would read them, so every
/// loop figure replays the same pre-generated events.</summary>
/// <remarks>The feed runs unpaced (<c>--speed max</c>) into an unbounded channel: feed status, index quotes about 16 a
/// second, breadth every minute, the closing prints and the heartbeat at each close.</remarks>
internal sealed class SimulatedTape
{
    private SimulatedTape(SimulatedMarketOptions options, InboundEvent[] events, IReadOnlyList<TradingSession> sessions)
    {
        Options = options;
        Events = events;
        Sessions = sessions;
    }

    public SimulatedMarketOptions Options { get; }

    public InboundEvent[] Events { get; }

    public IReadOnlyList<TradingSession> Sessions { get; }

    /// <summary>The first <paramref name="count"/> sessions from the daemon's default simulation start, so a bench run
    /// replays what <c>vixshield run --speed max</c> would.</summary>
    public static IReadOnlyList<TradingSession> DefaultSessions(ITradingCalendar calendar, int count)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var start = FeedOptions.DefaultStart.AtStartOfDayInZone(calendar.Zone).ToInstant();
        var sessions = new List<TradingSession> { calendar.CurrentOrNextSession(start) };
        while (sessions.Count < count)
        {
            sessions.Add(calendar.GetSession(calendar.NextTradingDay(sessions[^1].TradeDate))!);
        }

        return sessions;
    }

    public static SimulatedTape Record(ITradingCalendar calendar, int sessionCount)
    {
        var sessions = DefaultSessions(calendar, sessionCount);
        var options = new SimulatedMarketOptions { Start = sessions[0].Open, End = sessions[^1].Close };
        var clock = new ManualTimeProvider(options.Start);
        var feed = new SimulatedMarketDataFeed(options, new MarketPacer(clock, clock, speed: null), calendar);
        var channel = Channel.CreateUnbounded<InboundEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

        // Unpaced and unbounded, every write completes at once, so the feed runs to its end on this thread.
        var run = feed.RunAsync(channel.Writer, CancellationToken.None);
        if (!run.IsCompleted)
        {
            throw new InvalidOperationException("the simulated feed waited while recording; it must run unpaced into an unbounded channel");
        }

        run.GetAwaiter().GetResult();
        channel.Writer.Complete();
        var events = new List<InboundEvent>(sessionCount * 400_000);
        while (channel.Reader.TryRead(out var inboundEvent))
        {
            events.Add(inboundEvent);
        }

        return new SimulatedTape(options, [.. events], sessions);
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

    /// <summary>Quote events in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public long CountQuotes(int from, int to)
    {
        var count = 0L;
        for (var i = from; i < to; i++)
        {
            if (Events[i].Kind == InboundEventKind.Quote)
            {
                count++;
            }
        }

        return count;
    }
}
