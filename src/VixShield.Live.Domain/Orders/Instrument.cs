using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Orders;

/// <summary>A tradable contract: an SPXW or VIX option, a VIX future, or ETP shares.</summary>
/// <remarks>
/// Built through the factories, which validate. A value type with structural equality, so it keys positions and
/// prices directly; strikes are normalised (5700 and 5700.00 are the same contract). Expiry dates are the
/// contract's expiration date (for SPXW the settlement day, for VIX contracts the Wednesday of the special opening
/// quotation); whether a date is a real expiry is the venue's check, against the calendar.
/// </remarks>
public readonly record struct Instrument
{
    public const string SpxwRoot = "SPXW";
    public const string VixOptionRoot = "VIX";
    public const string VixFutureRoot = "VX";

    private Instrument(InstrumentKind kind, string root, LocalDate? expiry, OptionRight? right, decimal? strike)
    {
        Kind = kind;
        Root = root;
        Expiry = expiry;
        Right = right;
        Strike = strike;
    }

    public InstrumentKind Kind { get; }

    /// <summary>SPXW, VIX (options), VX (futures) or the ETP's ticker.</summary>
    public string Root { get; }

    /// <summary>Expiration date; null for ETP shares.</summary>
    public LocalDate? Expiry { get; }

    /// <summary>Put or call; null unless an option.</summary>
    public OptionRight? Right { get; }

    /// <summary>Strike in index points; null unless an option.</summary>
    public decimal? Strike { get; }

    public bool IsOption => Kind is InstrumentKind.SpxwOption or InstrumentKind.VixOption;

    /// <summary>Dollars per point of price per contract: 100 for options, 1000 for VIX futures, 1 for shares.</summary>
    public int Multiplier => Kind switch
    {
        InstrumentKind.SpxwOption or InstrumentKind.VixOption => 100,
        InstrumentKind.VixFuture => 1000,
        _ => 1,
    };

    public static Instrument SpxwOption(LocalDate expiry, OptionRight right, decimal strike) =>
        new(InstrumentKind.SpxwOption, SpxwRoot, expiry, right, CheckStrike(strike));

    public static Instrument VixOption(LocalDate expiry, OptionRight right, decimal strike) =>
        new(InstrumentKind.VixOption, VixOptionRoot, expiry, right, CheckStrike(strike));

    public static Instrument VixFuture(LocalDate expiry) => new(InstrumentKind.VixFuture, VixFutureRoot, expiry, null, null);

    /// <param name="ticker">1 to 6 ASCII letters, such as VXX or UVXY (upper-cased).</param>
    public static Instrument ExchangeTradedProduct(string ticker)
    {
        if (string.IsNullOrEmpty(ticker) || ticker.Length > 6 || !ticker.All(char.IsAsciiLetter))
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"An ETP ticker must be 1 to 6 ASCII letters, such as VXX or UVXY; got '{ticker}'."), nameof(ticker));
        }

        return new(InstrumentKind.ExchangeTradedProduct, ticker.ToUpperInvariant(), null, null, null);
    }

    /// <summary>What one unit is worth at expiry when the underlying settles at <paramref name="settlementValue"/>:
    /// the option's intrinsic value, or the settlement value itself for a future.</summary>
    /// <exception cref="InvalidOperationException">ETP shares do not expire.</exception>
    public decimal SettlementPrice(decimal settlementValue) => Kind switch
    {
        InstrumentKind.VixFuture => settlementValue,
        InstrumentKind.ExchangeTradedProduct => throw new InvalidOperationException($"{this} does not expire, so it has no settlement price."),
        _ => Right == OptionRight.Call ? Math.Max(settlementValue - Strike!.Value, 0m) : Math.Max(Strike!.Value - settlementValue, 0m),
    };

    public override string ToString() => Kind switch
    {
        InstrumentKind.ExchangeTradedProduct => Root,
        InstrumentKind.VixFuture => string.Create(CultureInfo.InvariantCulture, $"{Root} {Expiry:uuuu-MM-dd}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Root} {Expiry:uuuu-MM-dd} {Strike}{(Right == OptionRight.Call ? "C" : "P")}"),
    };

    private static decimal CheckStrike(decimal strike)
    {
        if (strike <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(strike), strike, "An option strike must be a positive number of index points.");
        }

        // Dividing by 1 with trailing zeros strips the value's own trailing zeros, so equal strikes print and hash alike.
        return strike / 1.000000000000000000000000000000000m;
    }
}
