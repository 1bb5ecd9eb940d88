using NodaTime;

namespace VixShield.Live.Reports.Comparison;

/// <summary>What a run did, for the report's method section: range, size, inputs and the settings the engine used.</summary>
/// <param name="From">First entry day requested, or null for the start of the data.</param>
/// <param name="To">Last day requested, or null for the end of the data.</param>
/// <param name="Capital">Account capital in dollars: the base of returns, drawdown percentages and hedge budgets.</param>
/// <param name="Quantity">Condors per day.</param>
/// <param name="Inputs">The files replayed.</param>
/// <param name="Rulesets">The ALVH rulesets requested.</param>
/// <param name="EconomicCalendar">Where the FOMC/CPI/PPI blackout dates came from (a file name or a description).</param>
/// <param name="EntryTime">New York time the condor is entered on the day before expiry.</param>
/// <param name="TargetDelta">The |delta| the short strikes aim for.</param>
/// <param name="WingWidth">Points from each short strike to its long wing.</param>
/// <param name="StopMultiples">Loss multiples of the credit at which the stop-loss arms exit.</param>
/// <param name="StopSlippage">Points per condor added to the mark when a stop exits.</param>
/// <param name="SkippedEntries">Why entry days had no condor (from <c>condor.skipped</c>).</param>
/// <param name="UnsettledCondors">Condors that expired without an SPX close to settle them.</param>
/// <param name="StaleCondors">Condors left out because their entry or expiry day had no SPX or no VIX bar, so the engine
/// would have used a stale level.</param>
public sealed record ComparisonMethod(
    LocalDate? From,
    LocalDate? To,
    decimal Capital,
    int Quantity,
    IReadOnlyList<ReportInput> Inputs,
    IReadOnlyList<string> Rulesets,
    string EconomicCalendar,
    LocalTime EntryTime,
    double TargetDelta,
    decimal WingWidth,
    IReadOnlyList<decimal> StopMultiples,
    decimal StopSlippage,
    IReadOnlyList<string> SkippedEntries,
    int UnsettledCondors,
    int StaleCondors);
