using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

public sealed class HedgeInstrumentPricerTests
{
    private static readonly VixExpiries Expiries = new(Calendar);

    private static readonly LocalDate Today = new(2026, 3, 3);

    private static readonly VolatilityTermStructure TermStructure = new(new VolatilityIndexLevels(20m, Vix3m: 22m, Vix6m: 23m));

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(50)]
    public void TryQuote_OutOfTheMoneyPercent_StrikesAboveTheFutureOfTheFirstExpiryInTheBand(int percent)
    {
        var sut = new HedgeInstrumentPricer(Model, Expiries, new OrderPricingPolicy());
        var rule = new HedgeInstrumentRule { Kind = HedgeInstrumentKind.VixCall, OutOfTheMoneyPercent = percent, MinimumDaysToExpiry = 30, MaximumDaysToExpiry = 65 };
        var now = At(10, 0);

        Assert.True(sut.TryQuote(rule, now, Today, in TermStructure, null, out var quote, out var failure), failure);

        var expiry = Expiries.ExpiryOnOrAfter(Today.PlusDays(30));
        var years = Expiries.YearsToExpiry(now, expiry);
        var futures = VixOptionModel.FuturesLevel(expiry, years, in TermStructure, null);
        var strike = Math.Round(futures * (1m + (percent / 100m)), MidpointRounding.AwayFromZero);
        var levels = TermStructure.Levels;
        var price = Model.Value(OptionRight.Call, strike, futures, years, in levels).Price;
        Assert.Equal(Instrument.VixOption(expiry, OptionRight.Call, strike), quote.Instrument);
        Assert.Equal(futures, quote.FuturesLevel);
        Assert.Equal(price, quote.ModelPrice);
        Assert.Equal(Math.Ceiling((price + 0.05m) / 0.05m) * 0.05m, quote.BuyLimit);
        Assert.Equal(Period.DaysBetween(Today, expiry), quote.DaysToExpiry);
        Assert.InRange(quote.DaysToExpiry, 30, 65);
        Assert.Equal(Expiries.SettlementTime(expiry), quote.SettlementTime);
    }

    [Theory]
    [InlineData(0.50, 20, 55)]
    [InlineData(0.50, 95, 130)]
    [InlineData(0.30, 200, 235)]
    public void TryQuote_TargetDelta_PicksTheGridStrikeWithTheNearestDelta(double target, int minimumDays, int maximumDays)
    {
        var sut = new HedgeInstrumentPricer(Model, Expiries, new OrderPricingPolicy());
        var rule = new HedgeInstrumentRule { Kind = HedgeInstrumentKind.VixCall, TargetDelta = target, MinimumDaysToExpiry = minimumDays, MaximumDaysToExpiry = maximumDays };
        var now = At(10, 0);

        Assert.True(sut.TryQuote(rule, now, Today, in TermStructure, null, out var quote, out var failure), failure);

        var strike = quote.Instrument.Strike!.Value;
        var distance = Math.Abs(DeltaAt(quote, strike, now) - target);
        Assert.True(distance <= Math.Abs(DeltaAt(quote, strike - 1m, now) - target));
        Assert.True(distance <= Math.Abs(DeltaAt(quote, strike + 1m, now) - target));
        Assert.InRange(quote.DaysToExpiry, minimumDays, maximumDays);
    }

    [Fact]
    public void TryQuote_NoMonthlyExpiryInTheBand_ReturnsFalseWithReason()
    {
        var sut = new HedgeInstrumentPricer(Model, Expiries, new OrderPricingPolicy());
        var next = Expiries.ExpiryOnOrAfter(Today.PlusDays(30));
        var gapDays = Period.DaysBetween(Today, next);
        var rule = new HedgeInstrumentRule { Kind = HedgeInstrumentKind.VixCall, OutOfTheMoneyPercent = 15, MinimumDaysToExpiry = 30, MaximumDaysToExpiry = gapDays - 1 };

        var priced = sut.TryQuote(rule, At(10, 0), Today, in TermStructure, null, out _, out var failure);

        Assert.False(priced);
        Assert.Contains($"no monthly VIX expiry 30-{gapDays - 1} days after 2026-03-03", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HedgeInstrumentKind.VixFuture)]
    [InlineData(HedgeInstrumentKind.ExchangeTradedProduct)]
    public void TryQuote_InstrumentWithoutModel_ReturnsFalse(HedgeInstrumentKind kind)
    {
        var sut = new HedgeInstrumentPricer(Model, Expiries, new OrderPricingPolicy());
        var rule = new HedgeInstrumentRule { Kind = kind, MonthsOut = 4, Ticker = "VXX" };

        Assert.False(sut.TryQuote(rule, At(10, 0), Today, in TermStructure, null, out _, out var failure));
        Assert.Contains("only VIX calls are modelled", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void TryQuote_QuotedFuturesCurve_IsPreferredOverTheTermStructure()
    {
        var sut = new HedgeInstrumentPricer(Model, Expiries, new OrderPricingPolicy());
        var rule = new HedgeInstrumentRule { Kind = HedgeInstrumentKind.VixCall, OutOfTheMoneyPercent = 0, MinimumDaysToExpiry = 30, MaximumDaysToExpiry = 65 };
        var expiry = Expiries.ExpiryOnOrAfter(Today.PlusDays(30));
        var curve = new VixFuturesCurve([new VixFuturesQuote(expiry, 27.40m)]);

        Assert.True(sut.TryQuote(rule, At(10, 0), Today, in TermStructure, curve, out var quote, out _));

        Assert.Equal(27.40m, quote.FuturesLevel);
        Assert.Equal(27m, quote.Instrument.Strike);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(null)]
    public void TryQuote_AskedAgainAsTheMarketMoves_QuotesWhatAFreshPricerQuotes(int? percent)
    {
        var sut = new HedgeInstrumentPricer(Model, Expiries, new OrderPricingPolicy());
        var rule = new HedgeInstrumentRule
        {
            Kind = HedgeInstrumentKind.VixCall,
            OutOfTheMoneyPercent = percent,
            TargetDelta = percent is null ? 0.30 : null,
            MinimumDaysToExpiry = 30,
            MaximumDaysToExpiry = 65,
        };
        var calm = new VolatilityTermStructure(new VolatilityIndexLevels(15m, Vix3m: 17m, Vix6m: 18m));
        var stressed = new VolatilityTermStructure(new VolatilityIndexLevels(32m, Vix3m: 28m, Vix6m: 26m, Vvix: 130m));
        var nextMonth = Today.PlusDays(28);
        (Instant Now, LocalDate Day, VolatilityTermStructure TermStructure)[] asks =
        [
            (At(10, 0), Today, calm),
            (At(10, 0) + Duration.FromSeconds(1), Today, calm),
            (At(10, 0) + Duration.FromSeconds(2), Today, stressed),
            (At(10, 0) + Duration.FromSeconds(3), Today, calm),
            (At(10, 0) + Duration.FromDays(28), nextMonth, stressed),
        ];
        var strikes = new HashSet<decimal>();
        var expiries = new HashSet<LocalDate>();

        foreach (var (now, day, termStructure) in asks)
        {
            Assert.True(sut.TryQuote(rule, now, day, in termStructure, null, out var quote, out var failure), failure);
            var fresh = new HedgeInstrumentPricer(Model, Expiries, new OrderPricingPolicy());
            Assert.True(fresh.TryQuote(rule, now, day, in termStructure, null, out var expected, out _));

            Assert.Equal(expected, quote);
            Assert.Equal(expected.Instrument.ToString(), quote.Instrument.ToString());
            strikes.Add(quote.Instrument.Strike!.Value);
            expiries.Add(quote.Instrument.Expiry!.Value);
        }

        Assert.True(strikes.Count >= 2, "the stressed market must move the strike, or the test proves nothing");
        Assert.Equal(2, expiries.Count);
    }

    [Theory]
    [InlineData(1.2143, 1.30, 1.15)]
    [InlineData(1.20, 1.25, 1.15)]
    [InlineData(0.04, 0.10, 0.05)]
    public void OrderPricingPolicy_Limits_RoundAwayFromTheModelToTheTick(double model, double buy, double sell)
    {
        var sut = new OrderPricingPolicy();

        Assert.Equal((decimal)buy, sut.BuyLimit((decimal)model));
        Assert.Equal((decimal)sell, sut.SellLimit((decimal)model));
    }

    private static double DeltaAt(HedgeQuote quote, decimal strike, Instant now)
    {
        var years = Expiries.YearsToExpiry(now, quote.Instrument.Expiry!.Value);
        var levels = TermStructure.Levels;
        return Model.Value(OptionRight.Call, strike, quote.FuturesLevel, years, in levels).Delta;
    }
}
