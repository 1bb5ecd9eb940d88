using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Rules.Hedging;
using VixShield.Live.Testing;
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
    [InlineData(5)]
    [InlineData(6)]
    public void TryBoundBuyLimit_RandomMarketsAndRules_BracketsTheBuyLimitOfTheQuote(int seed)
    {
        var random = new Random(seed);
        var sut = new HedgeInstrumentPricer(Model, Expiries, new OrderPricingPolicy());
        var rules = new List<HedgeInstrumentRule>();
        foreach (var increment in new[] { 1m, 0.5m, 2.5m })
        {
            foreach (var percent in new[] { 0m, 15m, 30m, 50m })
            {
                rules.Add(new HedgeInstrumentRule { Kind = HedgeInstrumentKind.VixCall, OutOfTheMoneyPercent = percent, StrikeIncrement = increment, MinimumDaysToExpiry = 20, MaximumDaysToExpiry = 55 });
            }

            foreach (var delta in new[] { 0.3, 0.5, 0.7 })
            {
                rules.Add(new HedgeInstrumentRule { Kind = HedgeInstrumentKind.VixCall, TargetDelta = delta, StrikeIncrement = increment, MinimumDaysToExpiry = 95, MaximumDaysToExpiry = 130 });
            }
        }

        var bounded = 0;
        const int Trials = 3000;
        for (var trial = 0; trial < Trials; trial++)
        {
            var rule = rules[random.Next(rules.Count)];
            var day = Today.PlusDays(random.Next(0, 60));
            var now = Some.NewYork(day.Year, day.Month, day.Day, 9 + random.Next(0, 7), random.Next(0, 60)) + Duration.FromSeconds(random.Next(0, 60));
            var vix = Math.Round(10m + (random.Next(0, 7000) / 100m), 2);
            var levels = new VolatilityIndexLevels(
                vix,
                Vix9d: random.Next(2) == 0 ? null : vix + (random.Next(-300, 300) / 100m),
                Vix3m: random.Next(3) == 0 ? null : vix + (random.Next(-500, 500) / 100m),
                Vix6m: random.Next(3) == 0 ? null : vix + (random.Next(-400, 600) / 100m),
                Vvix: random.Next(2) == 0 ? null : 60m + random.Next(0, 120));
            var termStructure = new VolatilityTermStructure(levels);
            var expiry = Expiries.ExpiryOnOrAfter(day.PlusDays(rule.MinimumDaysToExpiry));
            var curve = random.Next(4) == 0 ? new VixFuturesCurve([new VixFuturesQuote(expiry, vix + (random.Next(-200, 400) / 100m))]) : null;

            if (!sut.TryBoundBuyLimit(rule, now, day, in termStructure, curve, out var lowest, out var highest))
            {
                continue;
            }

            bounded++;
            Assert.True(sut.TryQuote(rule, now, day, in termStructure, curve, out var quote, out var failure), $"trial {trial}: bounded but not quoted: {failure}");
            var limit = (double)quote.BuyLimit;
            Assert.True(lowest <= limit && limit <= highest, $"trial {trial}: {rule} limit {quote.BuyLimit} outside [{lowest}, {highest}]");
            Assert.True(highest - lowest < 0.05 + 0.0003, $"trial {trial}: bounds [{lowest}, {highest}] wider than a tick");
        }

        Assert.True(bounded > Trials * 0.9, $"only {bounded} of {Trials} quotes could be bounded");
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
