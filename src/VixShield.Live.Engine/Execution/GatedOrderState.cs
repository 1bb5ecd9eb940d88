using VixShield.Live.Abstractions.Execution;

namespace VixShield.Live.Engine.Execution;

/// <summary>An approved order not yet finished, as the safety gate tracks it.</summary>
/// <param name="ReservedDollars">Worst-case premium still reserved for its unfilled part.</param>
/// <param name="Acknowledged">The adapter accepted it.</param>
public sealed record GatedOrderState(SubmitOrder Order, decimal ReservedDollars, bool Acknowledged);
