using VixShield.Live.Adapters.InteractiveBrokers.Contracts;

namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>What the decoder reads of a COMPLETED_ORDER after its identity.</summary>
internal sealed record CompletedOrderState(
    IReadOnlyList<TwsComboLeg> Legs, string StatusText, decimal? FilledQuantity, string CompletedTime, string CompletedStatus);
