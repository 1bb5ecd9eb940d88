using VixShield.Live.Abstractions.Execution;

namespace VixShield.Live.Adapters.Paper.State;

/// <summary>The paper account's books as saved: cash, positions and the day so far (for the session's statement).</summary>
public sealed record PaperAccountState(
    decimal Cash,
    decimal OpeningCash,
    decimal OpeningPositionValue,
    decimal DayRealised,
    IReadOnlyList<PaperPositionState> Positions,
    IReadOnlyList<OrderFilled> DayFills,
    IReadOnlyList<PositionSettled> DaySettlements);
