using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Mapping;

/// <summary>Domain symbols and the ways TWS can deliver them, in order of preference.</summary>
/// <param name="Name">How the operator knows the group (SPX, NYSE breadth).</param>
/// <param name="Symbols">The domain symbols the group quotes.</param>
/// <param name="Alternatives">Sets of lines; the first set whose contracts all resolve is subscribed.</param>
public sealed record TwsInstrumentSource(
    string Name, IReadOnlyList<MarketSymbol> Symbols, IReadOnlyList<IReadOnlyList<TwsMarketDataLine>> Alternatives);
