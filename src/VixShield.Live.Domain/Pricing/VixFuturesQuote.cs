using NodaTime;

namespace VixShield.Live.Domain.Pricing;

/// <summary>A VIX futures price for one expiry (a quote's mid, or a settlement), in index points.</summary>
public readonly record struct VixFuturesQuote(LocalDate Expiry, decimal Price);
