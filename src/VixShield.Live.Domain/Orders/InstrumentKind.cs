namespace VixShield.Live.Domain.Orders;

/// <summary>The kinds of contract the daemon can order.</summary>
public enum InstrumentKind : byte
{
    /// <summary>SPXW index option: cash-settled at the SPX close of its expiry date, multiplier 100.</summary>
    SpxwOption = 0,

    /// <summary>Monthly VIX index option: cash-settled at the VIX special opening quotation, multiplier 100.</summary>
    VixOption = 1,

    /// <summary>Monthly VIX future (root VX): cash-settled at the special opening quotation, multiplier 1000.</summary>
    VixFuture = 2,

    /// <summary>Exchange-traded product shares such as VXX or UVXY: one share per unit, no expiry.</summary>
    ExchangeTradedProduct = 3,
}
