using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Testing.Execution;

/// <summary>A bid and ask the venue under contract test must see for <paramref name="Instrument"/>.</summary>
public readonly record struct ContractQuote(Instrument Instrument, decimal Bid, decimal Ask);
