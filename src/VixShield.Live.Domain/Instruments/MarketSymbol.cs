namespace VixShield.Live.Domain.Instruments;

/// <summary>The index-level instruments the daemon follows. Option contracts are modelled separately.</summary>
/// <remarks>A small enum rather than strings so the hot path indexes arrays by symbol without hashing.</remarks>
public enum MarketSymbol : byte
{
    Spx = 0,
    Vix = 1,
    Vix9d = 2,
    Vix3m = 3,
    Vix6m = 4,
    Vvix = 5,
    NyseAdvancing = 6,
    NyseDeclining = 7,
}
