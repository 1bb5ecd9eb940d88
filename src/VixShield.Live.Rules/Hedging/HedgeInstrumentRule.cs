using System.Globalization;

namespace VixShield.Live.Rules.Hedging;

/// <summary>The contract a layer buys, as configured.</summary>
/// <remarks>
/// For a VIX call exactly one of <see cref="OutOfTheMoneyPercent"/> and <see cref="TargetDelta"/> is set. The expiry is
/// the first monthly VIX expiry from <see cref="MinimumDaysToExpiry"/> to <see cref="MaximumDaysToExpiry"/> calendar days
/// ahead. Moneyness is measured against the VIX futures level of that expiry (the option's underlying), so "15% out of
/// the money" is strike = 1.15 x future, rounded to the nearest <see cref="StrikeIncrement"/>; a target delta picks the
/// strike on that grid whose Black-76 delta is nearest.
/// </remarks>
public sealed record HedgeInstrumentRule
{
    public HedgeInstrumentKind Kind { get; init; }

    /// <summary>Strike above the futures level, in percent (VIX call).</summary>
    public decimal? OutOfTheMoneyPercent { get; init; }

    /// <summary>Call delta to aim for, from 0.01 to 0.99 (VIX call).</summary>
    public double? TargetDelta { get; init; }

    public int MinimumDaysToExpiry { get; init; }

    public int MaximumDaysToExpiry { get; init; }

    /// <summary>Strike grid in VIX points (VIX call).</summary>
    public decimal StrikeIncrement { get; init; } = 1m;

    /// <summary>Contract month counted from the front month (VIX future).</summary>
    public int? MonthsOut { get; init; }

    /// <summary>The ETP's ticker.</summary>
    public string? Ticker { get; init; }

    public override string ToString() => Kind switch
    {
        HedgeInstrumentKind.VixCall when TargetDelta is { } delta => string.Create(
            CultureInfo.InvariantCulture, $"VIX call near {delta} delta, {MinimumDaysToExpiry}-{MaximumDaysToExpiry} DTE"),
        HedgeInstrumentKind.VixCall => string.Create(
            CultureInfo.InvariantCulture, $"VIX call {OutOfTheMoneyPercent}% OTM, {MinimumDaysToExpiry}-{MaximumDaysToExpiry} DTE"),
        HedgeInstrumentKind.VixFuture => string.Create(CultureInfo.InvariantCulture, $"VIX future {MonthsOut} month(s) out"),
        _ => Ticker + " shares",
    };
}
