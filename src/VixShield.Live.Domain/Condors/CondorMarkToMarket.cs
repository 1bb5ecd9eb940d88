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
    private readonly SpxOptionModel model;
    private readonly SpxStrike longPutStrike;
    private readonly SpxStrike shortPutStrike;
    private readonly SpxStrike shortCallStrike;
    private readonly SpxStrike longCallStrike;
    private readonly double widestWing;

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
    public double MarkValue(Instant time, double spx, in VolatilityTermStructure termStructure)
    {
        var years = YearFraction.Actual365(time, SettlementTime);
        var slice = model.AtExpiry(spx, years, termStructure);
        var value = slice.Price(OptionRight.Put, in shortPutStrike)
            + slice.Price(OptionRight.Call, in shortCallStrike)
            - slice.Price(OptionRight.Put, in longPutStrike)
            - slice.Price(OptionRight.Call, in longCallStrike);
        return Math.Clamp(value, 0.0, widestWing);
    }

    /// <summary>What the condor owes at expiry for an SPX close of <paramref name="spxClose"/> (cash settlement).</summary>
    public decimal SettlementValue(decimal spxClose) => Condor.SettlementValue(spxClose);

    /// <summary>Unrealised profit in points per condor when the mark is <paramref name="mark"/>: credit minus mark.</summary>
    public decimal ProfitAndLoss(decimal mark) => Condor.Credit - mark;
}
