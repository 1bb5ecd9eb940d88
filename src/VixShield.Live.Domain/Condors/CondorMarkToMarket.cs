using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Domain.Condors;

/// <summary>Values one open condor from SPX and the volatility indexes at any instant; built once per condor, called per quote.</summary>
/// <remarks>
/// The mark is the model cost to close the condor, in index points per condor: short put + short call - long put -
/// long call, each a mid from <see cref="SpxOptionModel"/> (never negative, never above the widest wing). At or after
/// the settlement instant the model's time to expiry is zero, so the mark equals
/// <see cref="IronCondor.SettlementValue"/> for the same SPX level. The settlement instant is resolved once in the
/// constructor, so <see cref="Mark"/> allocates nothing, and the legs are priced through one
/// <see cref="SpxExpirySlice"/> per mark.
/// </remarks>
public sealed class CondorMarkToMarket
{
    private const double Legs = 4.0;
    private const double InverseSquareRootOfTwoPi = 0.398942280401432677939946059934;

    private readonly SpxOptionModel model;
    private readonly SpxStrike longPutStrike;
    private readonly SpxStrike shortPutStrike;
    private readonly SpxStrike shortCallStrike;
    private readonly SpxStrike longCallStrike;
    private readonly double widestWing;
    private readonly double highestStrike;
    private readonly double wingSlope;
    private readonly double volatilityScale;

    public CondorMarkToMarket(IronCondor condor, SpxwExpiries expiries, SpxOptionModel model)
    {
        ArgumentNullException.ThrowIfNull(condor);
        ArgumentNullException.ThrowIfNull(expiries);
        ArgumentNullException.ThrowIfNull(model);
        Condor = condor;
        SettlementTime = expiries.SettlementTime(condor.Expiry);
        this.model = model;
        longPutStrike = new SpxStrike(PriceConversion.ToModel(condor.LongPutStrike));
        shortPutStrike = new SpxStrike(PriceConversion.ToModel(condor.ShortPutStrike));
        shortCallStrike = new SpxStrike(PriceConversion.ToModel(condor.ShortCallStrike));
        longCallStrike = new SpxStrike(PriceConversion.ToModel(condor.LongCallStrike));
        widestWing = PriceConversion.ToModel(Math.Max(condor.PutWidth, condor.CallWidth));
        highestStrike = longCallStrike.Value;
        var options = model.Options;
        wingSlope = Math.Max(Math.Abs(options.PutWingSlope), Math.Abs(options.CallWingSlope));
        volatilityScale = Math.Max(1.0, Math.Max(1.0 + (options.PutWingSlope * options.WingLimitStandardDeviations), 1.0 + (options.CallWingSlope * options.WingLimitStandardDeviations)));
    }

    public IronCondor Condor { get; }

    public Instant SettlementTime { get; }

    /// <summary>Cost to close the condor at <paramref name="time"/>, in points per condor.</summary>
    public decimal Mark(Instant time, decimal spx, in VolatilityIndexLevels levels)
    {
        var termStructure = new VolatilityTermStructure(levels);
        return PriceConversion.ToPrice(MarkValue(time, PriceConversion.ToModel(spx), termStructure));
    }

    /// <summary>Cost to close in model numbers, for callers that keep a term structure per quote.</summary>
    public double MarkValue(Instant time, double spx, in VolatilityTermStructure termStructure) => Price(time, spx, termStructure).Value;

    /// <summary>The model valuation at <paramref name="time"/> with the inputs it was taken at (for <see cref="Ceiling"/>).</summary>
    public CondorPricing Price(Instant time, double spx, in VolatilityTermStructure termStructure)
    {
        var years = YearFraction.Actual365(time, SettlementTime);
        var slice = model.AtExpiry(spx, years, termStructure);
        var value = slice.Price(OptionRight.Put, in shortPutStrike)
            + slice.Price(OptionRight.Call, in shortCallStrike)
            - slice.Price(OptionRight.Put, in longPutStrike)
            - slice.Price(OptionRight.Call, in longCallStrike);
        return new CondorPricing(years, spx, slice.AtmVolatility, Math.Clamp(value, 0.0, widestWing));
    }

    /// <summary>The highest model value (<see cref="MarkValue"/>, before rounding) the condor can have at
    /// <paramref name="time"/> with SPX at <paramref name="spx"/> and <paramref name="termStructure"/>, given the valuation
    /// <paramref name="last"/> taken earlier; <see cref="double.PositiveInfinity"/> when no bound applies (at or after the
    /// settlement instant, or for a time before <paramref name="last"/>). A few multiplications and one ATM volatility,
    /// against four option prices for the value itself.</summary>
    /// <remarks>
    /// <para>The model value is a function of time to expiry T, SPX S and the ATM volatility a only (the smile and the
    /// forward derive from them), continuous and piecewise smooth, so it moves by at most the integral of its partial
    /// derivatives along the path (T0, S0, a0) to (T1, S0, a0) to (T1, S1, a0) to (T1, S1, a1). With n(x) &lt;= 1/sqrt(2 pi)
    /// the standard normal density, c the steeper wing slope, L the wing limit and fmax the largest smile factor
    /// (1 + c L with the defaults), and e^(-qT) &lt;= E, each leg's price satisfies:</para>
    /// <list type="bullet">
    /// <item>|dP/dS| has the Black-Scholes delta plus vega x dsigma/dS, and |vega x dsigma/dS| = E n(d1) |f'(z)| &lt;= E c / sqrt(2 pi);
    /// a short and a long put (or call) have deltas of one sign and at most E, so the condor moves by at most
    /// E (2 + 4 c / sqrt(2 pi)) per point of SPX.</item>
    /// <item>|dP/da| = vega x |dsigma/da| &lt;= S E sqrt(T) fmax / sqrt(2 pi): the smile scales with a (dsigma/da is 1 inside the
    /// wing limit, the factor at the limit beyond it).</item>
    /// <item>|dP/dT| at fixed S and a is at most S E n (sigma + c L a) / (2 sqrt T) + (S E (c |r - q| / sqrt(2 pi) + |q|) + |r| K):
    /// theta, plus the smile sliding as the moneyness is measured in sqrt(T) units; it integrates to a multiple of
    /// sqrt(T0) - sqrt(T1), finite up to the settlement.</item>
    /// </list>
    /// <para>The clamp to [0, widest wing] can only shorten a move. Rounding in the computed values is far below the
    /// margin a caller keeps (a mark is rounded to 1e-4).</para>
    /// </remarks>
    public double Ceiling(in CondorPricing last, Instant time, double spx, in VolatilityTermStructure termStructure)
    {
        var years = YearFraction.Actual365(time, SettlementTime);
        if (years <= 0.0 || years > last.Years)
        {
            return double.PositiveInfinity;
        }

        var options = model.Options;
        var carry = options.DividendYield >= 0.0 ? 1.0 : Math.Exp(-options.DividendYield * last.Years);
        var rateCarry = options.RiskFreeRate >= 0.0 ? 1.0 : Math.Exp(-options.RiskFreeRate * last.Years);
        var highestVolatility = Math.Max(last.AtmVolatility * volatilityScale, options.MinimumVolatility);
        var elapsed = last.Years - years;
        var decayPerLeg = (last.Spx * carry * InverseSquareRootOfTwoPi * (highestVolatility + (wingSlope * options.WingLimitStandardDeviations * last.AtmVolatility))
                * (Math.Sqrt(last.Years) - Math.Sqrt(years)))
            + (((last.Spx * carry * ((InverseSquareRootOfTwoPi * wingSlope * Math.Abs(options.RiskFreeRate - options.DividendYield)) + Math.Abs(options.DividendYield)))
                + (Math.Abs(options.RiskFreeRate) * highestStrike * rateCarry)) * elapsed);
        var move = carry * (2.0 + (Legs * InverseSquareRootOfTwoPi * wingSlope)) * Math.Abs(spx - last.Spx);
        var atm = model.VolatilityModel.AtmVolatility(years, termStructure);
        var volatilityPerLeg = spx * carry * InverseSquareRootOfTwoPi * Math.Sqrt(years) * volatilityScale * Math.Abs(atm - last.AtmVolatility);
        return last.Value + (Legs * (decayPerLeg + volatilityPerLeg)) + move;
    }

    /// <summary>What the condor owes at expiry for an SPX close of <paramref name="spxClose"/> (cash settlement).</summary>
    public decimal SettlementValue(decimal spxClose) => Condor.SettlementValue(spxClose);

    /// <summary>Unrealised profit in points per condor when the mark is <paramref name="mark"/>: credit minus mark.</summary>
    public decimal ProfitAndLoss(decimal mark) => Condor.Credit - mark;
}
