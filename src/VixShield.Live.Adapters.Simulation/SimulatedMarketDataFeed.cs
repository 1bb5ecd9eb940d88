using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Simulation;

/// <summary>The built-in simulated market (the default feed): <see cref="SimulatedMarketModel"/> quoted as a broker would.</summary>
/// <remarks>
/// <para>During each NYSE session (<see cref="ITradingCalendar"/>, early closes honoured) every index (SPX, VIX, VIX9D,
/// VIX3M) is quoted about <see cref="SimulatedMarketOptions.QuotesPerSecond"/> times a second: each index has its own
/// schedule, the first quote a random fraction of an interval after the open and each next one 0.5 to 1.5 intervals
/// later (whole milliseconds), drawn from a timing generator seeded from the seed, so the rhythm is irregular but
/// reproducible. NYSE-ADV and NYSE-DECL are quoted every <see cref="SimulatedMarketOptions.BreadthInterval"/> (plus up to
/// one second of jitter). One millisecond before the close all six are quoted once more (the closing prints, breadth at
/// the day's totals), then a heartbeat at the close lets the engine close bars and the session.</para>
/// <para>A start inside a session begins quoting there, as if it were that day's open (with its overnight gap).</para>
/// <para>Events: <see cref="FeedState.Started"/> at the start instant, the quotes and close heartbeats, and
/// <see cref="FeedState.Stopped"/> when <see cref="SimulatedMarketOptions.End"/> is reached ("duration reached") or
/// "cancelled". Quotes carry last prices only (bid and ask 0: cash indexes have no book), rounded to cents, and
/// <see cref="Quote.ReceivedTime"/> equal to the event time. Between sessions the clock jumps
/// (<see cref="MarketPacer.JumpTo"/>); within a session it is paced (<see cref="MarketPacer.AdvanceToAsync"/>).</para>
/// <para>The same options and seed give the identical event sequence. The writer is never completed, and the quote
/// loop allocates nothing per quote.</para>
/// </remarks>
public sealed partial class SimulatedMarketDataFeed : IMarketDataFeed
{
    public const string FeedName = "sim";

    /// <summary>Mixed into the seed for the quote-timing generator, so timing and prices draw from separate sequences.</summary>
    private const int TimingSeedSalt = 0x5EED7;

    /// <summary>Breadth updates land up to this long after their minute mark.</summary>
    private const double BreadthJitterMilliseconds = 1000.0;

    private static readonly MarketSymbol[] Indexes = [MarketSymbol.Spx, MarketSymbol.Vix, MarketSymbol.Vix9d, MarketSymbol.Vix3m];
    private static readonly Duration ClosingPrintOffset = Duration.FromMilliseconds(1);

    private readonly SimulatedMarketOptions options;
    private readonly MarketPacer pacer;
    private readonly ITradingCalendar calendar;
    private readonly ILogger logger;
    private readonly double intervalMilliseconds;

    public SimulatedMarketDataFeed(
        SimulatedMarketOptions options, MarketPacer pacer, ITradingCalendar calendar, ILogger<SimulatedMarketDataFeed>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pacer);
        ArgumentNullException.ThrowIfNull(calendar);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid simulated market options: " + string.Join("; ", errors), nameof(options));
        }

        this.options = options;
        this.pacer = pacer;
        this.calendar = calendar;
        this.logger = logger ?? NullLogger<SimulatedMarketDataFeed>.Instance;
        intervalMilliseconds = 1000.0 / options.QuotesPerSecond;
    }

    public string Name => FeedName;

    /// <exception cref="InvalidOperationException">The market clock is already past <see cref="SimulatedMarketOptions.Start"/>.</exception>
    public async Task RunAsync(ChannelWriter<InboundEvent> writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (pacer.Now > options.Start)
        {
            throw new InvalidOperationException(
                $"the market clock is at {pacer.Now}, after the simulation start {options.Start}; start the clock at or before it");
        }

        var model = new SimulatedMarketModel(options, new Random(options.Seed));
        var timing = new Random(options.Seed ^ TimingSeedSalt);
        var nextQuotes = new Instant[Indexes.Length];
        var started = string.Create(
            CultureInfo.InvariantCulture,
            $"simulated market, seed {options.Seed}, SPX {options.StartSpx}, VIX {options.StartVix}");
        LogStarting(options.Seed, options.Start, options.End);
        try
        {
            pacer.JumpTo(options.Start);
            await WriteStatusAsync(writer, FeedState.Started, started, cancellationToken).ConfigureAwait(false);
            var session = calendar.CurrentOrNextSession(options.Start);
            while (options.End is not { } end || session.Open < end)
            {
                var from = options.Start > session.Open ? options.Start : session.Open;
                pacer.JumpTo(from);
                model.OpenSession();
                await RunSessionAsync(writer, model, timing, nextQuotes, session, from, cancellationToken).ConfigureAwait(false);
                if (options.End is { } stop && session.Close > stop)
                {
                    break;
                }

                session = calendar.GetSession(calendar.NextTradingDay(session.TradeDate))!;
            }

            var reason = string.Create(CultureInfo.InvariantCulture, $"duration reached: end time {options.End} (SPX {model.Spx:F2}, VIX {model.Vix:F2})");
            LogStopped(reason);
            await WriteStatusAsync(writer, FeedState.Stopped, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            writer.TryWrite(InboundEvent.ForFeedStatus(new FeedStatusChanged(FeedName, FeedState.Stopped, pacer.Now, "cancelled")));
            throw;
        }
    }

    /// <summary>Quotes one session from <paramref name="from"/> to its close (or the end), then the close heartbeat.</summary>
    private async Task RunSessionAsync(
        ChannelWriter<InboundEvent> writer,
        SimulatedMarketModel model,
        Random timing,
        Instant[] next,
        TradingSession session,
        Instant from,
        CancellationToken cancellationToken)
    {
        var closingPrints = session.Close - ClosingPrintOffset;
        var stop = options.End is { } end && end < closingPrints ? end : closingPrints;
        var breadthInterval = Duration.FromTimeSpan(options.BreadthInterval);
        for (var i = 0; i < Indexes.Length; i++)
        {
            next[i] = from + Jitter(timing, 0.0, intervalMilliseconds);
        }

        var breadthSlot = session.Open + breadthInterval;
        while (breadthSlot <= from)
        {
            breadthSlot += breadthInterval;
        }

        var nextBreadth = breadthSlot + Jitter(timing, 0.0, BreadthJitterMilliseconds);
        var modelTime = from;
        while (true)
        {
            var index = -1;
            var earliest = nextBreadth;
            for (var i = 0; i < Indexes.Length; i++)
            {
                if (next[i] < earliest)
                {
                    earliest = next[i];
                    index = i;
                }
            }

            var time = earliest;
            if (time >= stop)
            {
                break;
            }

            model.Advance((time - modelTime).ToTimeSpan());
            modelTime = time;
            await pacer.AdvanceToAsync(time, cancellationToken).ConfigureAwait(false);
            if (index >= 0)
            {
                await WriteQuoteAsync(writer, Indexes[index], IndexLevel(model, Indexes[index]), time, cancellationToken).ConfigureAwait(false);
                next[index] = time + Jitter(timing, 0.5 * intervalMilliseconds, 1.5 * intervalMilliseconds);
            }
            else
            {
                await WriteBreadthAsync(writer, model, time, cancellationToken).ConfigureAwait(false);
                breadthSlot += breadthInterval;
                nextBreadth = breadthSlot + Jitter(timing, 0.0, BreadthJitterMilliseconds);
            }
        }

        if (stop < closingPrints)
        {
            return;
        }

        model.Advance((closingPrints - modelTime).ToTimeSpan());
        await pacer.AdvanceToAsync(closingPrints, cancellationToken).ConfigureAwait(false);
        foreach (var symbol in Indexes)
        {
            await WriteQuoteAsync(writer, symbol, IndexLevel(model, symbol), closingPrints, cancellationToken).ConfigureAwait(false);
        }

        await WriteBreadthAsync(writer, model, closingPrints, cancellationToken).ConfigureAwait(false);
        await pacer.AdvanceToAsync(session.Close, cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(InboundEvent.ForHeartbeat(session.Close), cancellationToken).ConfigureAwait(false);
    }

    private static double IndexLevel(SimulatedMarketModel model, MarketSymbol symbol) => symbol switch
    {
        MarketSymbol.Spx => model.Spx,
        MarketSymbol.Vix => model.Vix,
        MarketSymbol.Vix9d => model.Vix9d,
        _ => model.Vix3m,
    };

    /// <summary>A uniform whole number of milliseconds in [<paramref name="low"/>, <paramref name="high"/>], at least 1.</summary>
    private static Duration Jitter(Random timing, double low, double high) =>
        Duration.FromMilliseconds(Math.Max(1L, (long)Math.Round(low + ((high - low) * timing.NextDouble()))));

    private ValueTask WriteQuoteAsync(ChannelWriter<InboundEvent> writer, MarketSymbol symbol, double level, Instant time, CancellationToken cancellationToken)
    {
        var quote = new Quote(symbol, 0m, 0m, decimal.Round((decimal)level, 2), time, time);
        return writer.WriteAsync(InboundEvent.ForQuote(quote), cancellationToken);
    }

    private async ValueTask WriteBreadthAsync(ChannelWriter<InboundEvent> writer, SimulatedMarketModel model, Instant time, CancellationToken cancellationToken)
    {
        var advancing = model.AdvancingIssues;
        var declining = model.DecliningIssues;
        await writer.WriteAsync(InboundEvent.ForQuote(new Quote(MarketSymbol.NyseAdvancing, 0m, 0m, advancing, time, time)), cancellationToken).ConfigureAwait(false);
        await writer.WriteAsync(InboundEvent.ForQuote(new Quote(MarketSymbol.NyseDeclining, 0m, 0m, declining, time, time)), cancellationToken).ConfigureAwait(false);
    }

    private ValueTask WriteStatusAsync(ChannelWriter<InboundEvent> writer, FeedState state, string reason, CancellationToken cancellationToken) =>
        writer.WriteAsync(InboundEvent.ForFeedStatus(new FeedStatusChanged(FeedName, state, pacer.Now, reason)), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated market starting: seed {Seed}, from {Start} to {End}")]
    private partial void LogStarting(int seed, Instant start, Instant? end);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated market stopped: {Reason}")]
    private partial void LogStopped(string reason);
}
