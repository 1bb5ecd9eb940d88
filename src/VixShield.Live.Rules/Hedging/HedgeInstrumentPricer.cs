using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Rules.Hedging;

/// <summary>Chooses and prices the contract a layer buys, and marks contracts held, with the VIX option model.</summary>
/// <remarks>
/// <para>Expiry: the first monthly VIX expiry from the layer's minimum to maximum days to expiry after today (New York).
/// Underlying: the VIX futures level for that expiry, from the quoted curve when it covers the expiry, else implied by
/// the VIX / VIX3M / VIX6M term structure (<see cref="VolatilityTermStructure.VixFuturesLevel"/>). Price: Black-76 with
/// VVIX (or the configured default) and the VIX call skew (<see cref="VixOptionModel"/>). Time: ACT/365 to the 09:30
/// settlement on the expiry date.</para>
/// <para>Only VIX calls can be priced: a VIX future has no premium to budget, and an ETP needs its own quote, which the
/// market input does not carry; rulesets naming them are rejected at load.</para>
/// </remarks>
public sealed class HedgeInstrumentPricer
{
    private const int MaximumStrikeSteps = 400;

    private readonly VixOptionModel model;
    private readonly VixExpiries expiries;
    private readonly OrderPricingPolicy orders;
    /// <summary>How far a model price may lie from the price a quote would carry: rounding to
    /// <see cref="PriceConversion.ModelPriceDecimals"/> places moves it by half of 0.0001, and the model numbers of the
    /// future and the strike differ from their decimals by a few units in the last place, which moves the price by far less.</summary>
    private const double ModelPriceTolerance = 0.0001;

    /// <summary>Relative distance from a rounding midpoint below which a strike worked out in model numbers could round the
    /// other way than its decimal (the error of the double arithmetic is a few parts in 1e16).</summary>
    private const double MidpointTolerance = 1e-9;

    private readonly Dictionary<HedgeInstrumentRule, RuleChoice> choiceByRule = new(ReferenceEqualityComparer.Instance);
    private readonly double limitOffset;
    private readonly double tickSize;

    public HedgeInstrumentPricer(VixOptionModel model, VixExpiries expiries, OrderPricingPolicy orders)
    {
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.expiries = expiries ?? throw new ArgumentNullException(nameof(expiries));
        this.orders = orders ?? throw new ArgumentNullException(nameof(orders));
        limitOffset = PriceConversion.ToModel(orders.LimitOffset);
        tickSize = PriceConversion.ToModel(orders.TickSize);
    }

    /// <summary>Picks and prices the contract for <paramref name="rule"/> at <paramref name="now"/>; false with the reason when it cannot.</summary>
    public bool TryQuote(
        HedgeInstrumentRule rule,
        Instant now,
        LocalDate today,
        in VolatilityTermStructure termStructure,
        VixFuturesCurve? curve,
        out HedgeQuote quote,
        [NotNullWhen(false)] out string? failure)
    {
        ArgumentNullException.ThrowIfNull(rule);
        quote = default;
        if (rule.Kind != HedgeInstrumentKind.VixCall)
        {
            failure = $"{rule} cannot be priced: only VIX calls are modelled";
            return false;
        }

        var choice = ChooseExpiry(rule, today);
        var expiry = choice.Expiry;
        if (!choice.Found)
        {
            failure = string.Create(
                CultureInfo.InvariantCulture,
                $"no monthly VIX expiry {rule.MinimumDaysToExpiry}-{rule.MaximumDaysToExpiry} days after {today:uuuu-MM-dd} (next is {expiry:uuuu-MM-dd})");
            return false;
        }

        var years = YearFraction.Actual365(now, choice.Settlement);
        var futures = VixOptionModel.FuturesLevel(expiry, years, in termStructure, curve);
        var levels = termStructure.Levels;
        var strike = rule.TargetDelta is { } delta
            ? StrikeForDelta(futures, years, delta, rule.StrikeIncrement, in levels)
            : Round(futures * (1m + (rule.OutOfTheMoneyPercent!.Value / 100m)), rule.StrikeIncrement);
        var valuation = model.Value(OptionRight.Call, strike, futures, years, in levels);
        if (valuation.Price <= 0m)
        {
            failure = string.Create(
                CultureInfo.InvariantCulture,
                $"the model values the VIX {expiry:uuuu-MM-dd} {strike} call at {valuation.Price} (future {futures}): nothing to buy");
            return false;
        }

        quote = new HedgeQuote(
            choice.Contract(strike),
            choice.Settlement,
            futures,
            valuation.Price,
            orders.BuyLimit(valuation.Price),
            valuation.Delta,
            valuation.Volatility,
            choice.DaysToExpiry);
        failure = null;
        return true;
    }

    /// <summary>Bounds on the buy limit <see cref="TryQuote"/> would give now, worked out in model numbers: the contract
    /// is the one <see cref="TryQuote"/> chooses (a target-delta strike by the same search), but the model price is not
    /// rounded to a domain price and no limit, greeks or quote are built. False when no bound can be given (the quote would fail, the price is too close to zero,
    /// or an out-of-the-money strike lies so close to a rounding midpoint that model numbers could round it the other way);
    /// the caller then asks <see cref="TryQuote"/>.</summary>
    /// <remarks>The limit is the model price plus the offset, rounded up to the tick, and the model price lies within
    /// <see cref="ModelPriceTolerance"/> of the unrounded one, so the limit lies in [price - tolerance + offset,
    /// price + tolerance + offset + tick]. A layer held back by a risk limit is checked again every market second; these
    /// bounds settle most of those checks for a fraction of a full quote's decimal arithmetic.</remarks>
    public bool TryBoundBuyLimit(
        HedgeInstrumentRule rule,
        Instant now,
        LocalDate today,
        in VolatilityTermStructure termStructure,
        VixFuturesCurve? curve,
        out double lowest,
        out double highest)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lowest = 0;
        highest = 0;
        if (rule.Kind != HedgeInstrumentKind.VixCall)
        {
            return false;
        }

        var choice = ChooseExpiry(rule, today);
        if (!choice.Found)
        {
            return false;
        }

        var years = YearFraction.Actual365(now, choice.Settlement);
        var futures = VixOptionModel.FuturesLevel(choice.Expiry, years, in termStructure, curve);
        var levels = termStructure.Levels;
        double strike;
        if (rule.TargetDelta is { } delta)
        {
            strike = PriceConversion.ToModel(StrikeForDelta(futures, years, delta, rule.StrikeIncrement, in levels));
        }
        else if (!TryRoundOutOfTheMoneyStrike(choice, futures, out strike))
        {
            return false;
        }

        var futuresLevel = PriceConversion.ToModel(futures);
        var volatility = model.Volatility(futuresLevel, strike, model.VolatilityOfVolatility(in levels));
        var price = Black76.Price(OptionRight.Call, futuresLevel, strike, years, volatility, model.Options.RiskFreeRate);
        if (!(price - ModelPriceTolerance > 0.0) || !double.IsFinite(price))
        {
            return false;
        }

        lowest = price - ModelPriceTolerance + limitOffset;
        highest = price + ModelPriceTolerance + limitOffset + tickSize;
        return true;
    }

    /// <summary>Works out <paramref name="rule"/>'s expiry for <paramref name="today"/> ahead of its first quote of the day.</summary>
    public void PrepareDay(HedgeInstrumentRule rule, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Kind == HedgeInstrumentKind.VixCall)
        {
            ChooseExpiry(rule, today);
        }
    }

    /// <summary>Model value per contract of a VIX option held, at <paramref name="now"/>.</summary>
    /// <param name="settlementTime">The option's settlement instant (from its <see cref="HedgeQuote"/>).</param>
    public decimal Mark(Instrument instrument, Instant settlementTime, Instant now, in VolatilityTermStructure termStructure, VixFuturesCurve? curve)
    {
        var expiry = instrument.Expiry!.Value;
        var years = YearFraction.Actual365(now, settlementTime);
        var futures = VixOptionModel.FuturesLevel(expiry, years, in termStructure, curve);
        var levels = termStructure.Levels;
        return model.Value(instrument.Right!.Value, instrument.Strike!.Value, futures, years, in levels).Price;
    }

    /// <summary>The rule's expiry for <paramref name="today"/>, computed once a day per rule: the calendar arithmetic
    /// and the zone mapping of the settlement time allocate, and a layer blocked for hours asks on every quote.</summary>
    private RuleChoice ChooseExpiry(HedgeInstrumentRule rule, LocalDate today)
    {
        if (!choiceByRule.TryGetValue(rule, out var choice))
        {
            choice = new RuleChoice(rule);
            choiceByRule[rule] = choice;
        }
        else if (choice.Day == today)
        {
            return choice;
        }

        var found = expiries.TryFindExpiry(today, rule.MinimumDaysToExpiry, rule.MaximumDaysToExpiry, out var expiry);
        choice.Choose(today, found, expiry, found ? expiries.SettlementTime(expiry) : default);
        return choice;
    }

    /// <summary>The out-of-the-money strike of <see cref="TryQuote"/> in model numbers; false when the multiple of the
    /// increment lies within <see cref="MidpointTolerance"/> of a rounding midpoint.</summary>
    private static bool TryRoundOutOfTheMoneyStrike(RuleChoice choice, decimal futures, out double strike)
    {
        strike = 0;
        var increments = PriceConversion.ToModel(futures) * choice.OutOfTheMoneyFactor / choice.ModelIncrement;
        if (IsNearMidpoint(increments))
        {
            return false;
        }

        strike = Math.Max(Math.Round(increments, MidpointRounding.AwayFromZero), 1.0) * choice.ModelIncrement;
        return true;
    }

    private static bool IsNearMidpoint(double increments) =>
        Math.Abs(increments - Math.Floor(increments) - 0.5) < MidpointTolerance * Math.Max(1.0, Math.Abs(increments));

    private decimal StrikeForDelta(decimal futures, double years, double target, decimal increment, in VolatilityIndexLevels levels)
    {
        var futuresLevel = PriceConversion.ToModel(futures);
        var volatilityOfVolatility = model.VolatilityOfVolatility(in levels);
        var strike = Math.Max(Round(futures, increment), increment);
        var delta = Delta(strike);
        var step = delta > target ? increment : -increment;
        for (var i = 0; i < MaximumStrikeSteps; i++)
        {
            var next = strike + step;
            if (next <= 0m)
            {
                break;
            }

            var nextDelta = Delta(next);
            if (Math.Abs(nextDelta - target) >= Math.Abs(delta - target))
            {
                break;
            }

            strike = next;
            delta = nextDelta;
        }

        return strike;

        double Delta(decimal candidate) =>
            model.Delta(OptionRight.Call, futuresLevel, PriceConversion.ToModel(candidate), years, volatilityOfVolatility);
    }

    private static decimal Round(decimal value, decimal increment) =>
        Math.Max(Math.Round(value / increment, MidpointRounding.AwayFromZero) * increment, increment);

    /// <summary>A rule's expiry for one day, and the contract it last priced: a blocked layer is priced again every market
    /// second, usually at the same strike, and building a contract normalises its strike with a decimal division.</summary>
    private sealed class RuleChoice(HedgeInstrumentRule rule)
    {
        private Instrument? contract;

        /// <summary>Strike over future of an out-of-the-money rule, in model numbers (1 for a target-delta rule).</summary>
        public double OutOfTheMoneyFactor { get; } = 1.0 + (PriceConversion.ToModel(rule.OutOfTheMoneyPercent ?? 0m) / 100.0);

        public double ModelIncrement { get; } = PriceConversion.ToModel(rule.StrikeIncrement);

        public LocalDate Day { get; private set; }

        public bool Found { get; private set; }

        public LocalDate Expiry { get; private set; }

        public Instant Settlement { get; private set; }

        public int DaysToExpiry { get; private set; }

        public void Choose(LocalDate day, bool found, LocalDate expiry, Instant settlement)
        {
            Day = day;
            Found = found;
            Expiry = expiry;
            Settlement = settlement;
            DaysToExpiry = found ? Period.DaysBetween(day, expiry) : 0;
            contract = null;
        }

        public Instrument Contract(decimal strike)
        {
            if (contract is not { } last || last.Strike != strike)
            {
                contract = Instrument.VixOption(Expiry, OptionRight.Call, strike);
            }

            return contract.Value;
        }
    }
}
