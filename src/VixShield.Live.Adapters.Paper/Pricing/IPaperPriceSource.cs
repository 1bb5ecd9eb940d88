using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.Paper.Pricing;

/// <summary>Where the paper broker gets its prices: quotes to fill and mark against, and settlement values at expiry.</summary>
/// <remarks>The engine supplies it, so paper fills can come from broker quotes, from model prices
/// (<see cref="ModelPaperPriceSource"/>) or, in tests, from a script. Implementations must be safe to call from
/// another thread than the one updating them.</remarks>
public interface IPaperPriceSource
{
    /// <summary>The bid and ask of <paramref name="instrument"/> at <paramref name="at"/>; false when it cannot be
    /// priced (no quote, no underlying level yet, or already expired).</summary>
    bool TryGetQuote(Instrument instrument, Instant at, out PaperQuote quote);

    /// <summary>The underlying's settlement value for an expired <paramref name="instrument"/> (the SPX close of an
    /// SPXW expiry, the VIX special opening quotation for VIX options and futures); false until it is known at
    /// <paramref name="at"/>.</summary>
    bool TryGetSettlementValue(Instrument instrument, Instant at, out decimal value);
}
