using NodaTime;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>A row that passed the per-row checks, before ordering, period inference and repairs.</summary>
/// <param name="Start">Session open for daily rows, bar start for intraday rows.</param>
/// <param name="End">Session close for daily rows; set once the period is known for intraday rows.</param>
/// <param name="OpenMissing">Open was 0 with positive high, low and close (see <see cref="BarRepairKind.MissingOpenFilled"/>).</param>
internal readonly record struct ParsedBarRow(
    int LineNumber,
    RowTime Time,
    string TimeText,
    Instant Start,
    Instant End,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    bool OpenMissing);
