using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Engine.Health;

namespace VixShield.Live.Engine.State;

/// <summary>The loop's own part of an <see cref="EngineSnapshot"/>.</summary>
/// <param name="SessionTradeDate">The session the loop is in or waiting for (null before the first event).</param>
/// <param name="SessionOpened">The session's open has been processed.</param>
/// <param name="SessionQuotes">Quotes accepted this session, and <paramref name="SessionRejected"/> refused.</param>
/// <param name="LastQuotes">The last accepted quote of each index that has one.</param>
/// <param name="RejectionsReported">Indexes whose refused quotes were already alerted this session.</param>
/// <param name="Health">Feed health per watched index (null when staleness is not watched).</param>
/// <param name="NextHedgeEvaluation">When the next market-second sample is due (the ALVH engines evaluated, the condors marked in full).</param>
/// <param name="TermStructureInverted">The VIX/VIX3M inversion signal (it has hysteresis, so bars alone cannot rebuild it).</param>
public sealed record DecisionLoopState(
    LocalDate? SessionTradeDate,
    bool SessionOpened,
    long SessionQuotes,
    long SessionRejected,
    IReadOnlyList<Quote> LastQuotes,
    IReadOnlyList<MarketSymbol> RejectionsReported,
    IReadOnlyList<IndexHealth>? Health,
    Instant NextHedgeEvaluation,
    bool TermStructureInverted);
