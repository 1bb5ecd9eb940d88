using VixShield.Live.Rules.Hedging;
using VixShield.Live.Rules.Risk;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>At most N layers, premium at most a share of capital, premium at most the condor's max loss.</summary>
public sealed partial class AlvhEngineTests
{
    [Fact]
    public void Evaluate_OneLotCondor_SizeCutToTheCondorMaxLoss()
    {
        var sut = Engine(Shipped("signal-layers"));

        var opened = Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor(quantity: 1)).OfType<HedgeLayerOpened>().Single();

        var unitDollars = opened.Order.LimitPrice * 100m;
        Assert.Equal((int)Math.Floor(450m / unitDollars), opened.Order.Contracts);
        Assert.Contains("by premium held $0 + $" + unitDollars.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " per contract may not exceed $450 (the condor's max loss", opened.Reason, StringComparison.Ordinal);
        Assert.True(sut.PremiumHeldDollars <= 450m);
    }

    [Fact]
    public void Evaluate_CondorMaxLossUsedUp_NextLayerBlockedByRiskLimit()
    {
        var sut = Engine(Shipped("signal-layers"));
        Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), Condor(quantity: 1));
        var held = sut.PremiumHeldDollars;

        var decisions = Step(sut, At(10, 5), Signals(rsi5m: 25), Market(spx: SpxDown(1.1)), Condor(quantity: 1));

        var blocked = Assert.IsType<HedgeLayerBlocked>(Assert.Single(decisions));
        Assert.Equal("L2", blocked.LayerId);
        Assert.Equal(HedgeBlockCause.RiskLimit, blocked.Cause);
        Assert.Equal(RiskLimitKind.CondorMaxLoss, blocked.RiskLimit);
        Assert.Contains("L2 wanted (condition `l1_open && (move_sigma >= 1.0", blocked.Reason, StringComparison.Ordinal);
        Assert.Contains("risk limit: premium held $" + held.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), blocked.Reason, StringComparison.Ordinal);
        Assert.Equal(held, sut.PremiumHeldDollars);
    }

    /// <summary>A layer held back by a limit is mostly settled by a proof in model numbers instead of a full decimal check
    /// (<see cref="HedgeRiskCheck.TryProveNoRoom"/>); the layer must still open on the very second the full check lets it.</summary>
    [Fact]
    public void Evaluate_HeldBackByTheCondorCapWhileVixFalls_OpensOnTheFirstSecondTheFullCheckAllows()
    {
        var ruleset = Shipped("signal-layers");
        var sut = Engine(ruleset);
        var condor = Condor(quantity: 1);
        Step(sut, At(10, 0), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), condor);
        var now = At(10, 5);
        var first = Step(sut, now, Signals(rsi5m: 25), Market(spx: SpxDown(1.1)), condor);
        Assert.Equal(RiskLimitKind.CondorMaxLoss, Assert.IsType<HedgeLayerBlocked>(Assert.Single(first)).RiskLimit);
        var layer = ruleset.Layers.Single(rule => rule.Id == "L2");
        var pricer = new HedgeInstrumentPricer(Model, new Domain.Calendar.VixExpiries(Calendar), ruleset.Orders);
        int? fitsAt = null;
        int? openedAt = null;

        for (var second = 1; second <= 600 && openedAt is null; second++)
        {
            now += NodaTime.Duration.FromSeconds(1);
            var vix = 20m - (second * 0.02m);
            var market = Market(spx: SpxDown(1.1), vix: vix, vix3m: vix + 2m, vix6m: vix + 3m);
            var termStructure = new Domain.Pricing.VolatilityTermStructure(market.Levels);
            Assert.True(pricer.TryQuote(layer.Instrument, now, now.InZone(Calendar.Zone).Date, in termStructure, null, out var quote, out var failure), failure);
            var full = HedgeRiskCheck.Check(ruleset.RiskLimits, 100_000m, condor.Condor.MaxLossDollars, sut.PremiumHeldDollars, 1, addsLayer: true, quote.BuyLimit * 100m, 1);
            fitsAt ??= full.MaxContracts > 0 ? second : null;

            var layerEvents = Step(sut, now, Signals(rsi5m: 25), market, condor).Where(decision => decision is HedgeLayerOpened or HedgeLayerBlocked or HedgeLayerClosed or HedgeLayerMonetized).ToList();

            if (layerEvents.Count > 0)
            {
                var opened = Assert.IsType<HedgeLayerOpened>(Assert.Single(layerEvents));
                Assert.Equal("L2", opened.LayerId);
                openedAt = second;
            }
        }

        Assert.NotNull(fitsAt);
        Assert.True(fitsAt > 60, $"the layer fits after {fitsAt} s: the proof was hardly exercised");
        Assert.Equal(fitsAt, openedAt);
    }

    [Fact]
    public void Evaluate_TotalPremiumCap_CutsTheSize()
    {
        var sut = Engine(Custom(Layer("L1", "condor_open", budgetPercent: 2m), riskLimits: """{ "maxTotalPremiumPercentOfCapital": 0.5 }"""));

        var opened = Step(sut, At(10, 0), Signals(rsi5m: 10), Market(), Condor()).OfType<HedgeLayerOpened>().Single();

        var unitDollars = opened.Order.LimitPrice * 100m;
        Assert.Equal((int)Math.Floor(500m / unitDollars), opened.Order.Contracts);
        Assert.Contains("may not exceed $500 (the total premium cap on capital)", opened.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MaxLayersReached_NextLayerBlocked()
    {
        var layers = string.Join(",", Layer("L1", "condor_open", 0.2m), Layer("L2", "condor_open", 0.2m), Layer("L3", "condor_open", 0.2m));
        var sut = Engine(Custom(layers, riskLimits: """{ "maxLayers": 2 }"""));

        var decisions = Step(sut, At(10, 0), Signals(), Market(), Condor());

        Assert.Equal(["L1", "L2"], decisions.OfType<HedgeLayerOpened>().Select(opened => opened.LayerId));
        var blocked = decisions.OfType<HedgeLayerBlocked>().Single();
        Assert.Equal(("L3", RiskLimitKind.MaxLayers), (blocked.LayerId, blocked.RiskLimit));
        Assert.Contains("the maximum number of layers is already open", blocked.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signal-layers", 1, 7)]
    [InlineData("signal-layers", 10, 11)]
    [InlineData("ladder-442", 3, 13)]
    [InlineData("ladder-442", 20, 17)]
    public void Evaluate_RandomMarket_NeverBreachesAnyRiskLimit(string ruleset, int condorQuantity, int seed)
    {
        var sut = Engine(Shipped(ruleset));
        var random = new Random(seed);
        var condor = Condor(quantity: condorQuantity);
        var cap = Math.Min(3000m, condor.Condor.MaxLossDollars);
        var now = At(9, 30);
        var spxSigmas = 0.0;
        var vix = 20.0;
        for (var step = 0; step < 400; step++)
        {
            now += NodaTime.Duration.FromMinutes(15);
            spxSigmas = Math.Clamp(spxSigmas + ((random.NextDouble() - 0.5) * 0.6), -3, 3);
            vix = Math.Clamp(vix + ((random.NextDouble() - 0.5) * 3), 11, 60);
            var signals = Signals(
                rsi5m: random.NextDouble() * 100,
                macdBearish: random.NextDouble() < 0.3,
                macdHistogram: (random.NextDouble() - 0.5) * 20,
                adDivergenceDays: random.Next(0, 15),
                vixMacdCrossUp: random.NextDouble() < 0.2);
            var market = Market(spx: 5750m + (decimal)(spxSigmas * 50), vix: (decimal)Math.Round(vix, 2), vix3m: 22m, vix6m: 23m);
            var beforeHeld = sut.PremiumHeldDollars;

            sut.Evaluate(now, in signals, in market, condor);
            var bought = Drain(sut).SelectMany(decision => decision.Orders).Any(order => order.Side == Domain.Orders.OrderSide.Buy);

            Assert.True(sut.Layers.Count <= 3, $"step {step}: {sut.Layers.Count} layers");
            if (bought)
            {
                Assert.True(sut.PremiumHeldDollars <= cap, $"step {step}: premium held {sut.PremiumHeldDollars} (before {beforeHeld}) above {cap}");
            }
        }
    }
}
