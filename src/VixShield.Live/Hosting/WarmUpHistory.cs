using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Hosting;

/// <summary>What a live run's indicators are warmed up with: the chosen daily series, the weekly bars built from them,
/// and the instruments that had none.</summary>
/// <param name="LiveDay">The session the run starts in (or the next one to open): the history ends before it.</param>
/// <param name="StaleAfterSessions">The gap beyond which a series is reported as stale.</param>
/// <param name="Series">One entry per instrument with history.</param>
/// <param name="Bars">Daily and weekly bars, in the order <c>DecisionLoop.WarmUp</c> takes them (by end, then period, then symbol).</param>
/// <param name="Missing">Instruments asked for that had no history, each with the reason.</param>
public sealed record WarmUpHistory(
    LocalDate LiveDay, int StaleAfterSessions, IReadOnlyList<WarmUpSeries> Series, IReadOnlyList<Bar> Bars, IReadOnlyList<string> Missing);
