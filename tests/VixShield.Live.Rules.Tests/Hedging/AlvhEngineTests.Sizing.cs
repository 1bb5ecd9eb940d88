using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>Layer size = budget x scalar / premium, at least one contract when the budget allows.</summary>
public sealed partial class AlvhEngineTests
{
    [Theory]
    [InlineData(25)]
    [InlineData(10)]
    [InlineData(0)]
    [InlineData(90)]
    public void Evaluate_BudgetTimesScalar_SetsContracts(double rsi)
    {
        var sut = Engine(Shipped("signal-layers"));
        var termStructureStress = Math.Clamp(((20.0 / 22.0) - 0.9) / 0.2, 0, 1);
        var expectedScalar = 0.5 + (0.5 * Math.Abs(rsi - 50) / 50) + (0.3 * termStructureStress);

        var opened = Step(sut, At(10, 0), Signals(rsi5m: rsi), Market(spx: SpxDown(0.6)), Condor()).OfType<HedgeLayerOpened>().Single();

        Assert.Equal(expectedScalar, opened.Scalar, precision: 12);
        var expectedContracts = (int)Math.Floor(1000m * (decimal)expectedScalar / (opened.Order.LimitPrice * 100m));
        Assert.Equal(expectedContracts, opened.Order.Contracts);
        Assert.Contains($"size {expectedContracts} = floor(budget 1.0% of $100000 = $1000 x scalar", opened.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ScaledBudgetBelowOneContractButBudgetCoversIt_BuysOne()
    {
        var sut = Engine(Custom(Layer("L1", "condor_open", budgetPercent: 0.2m)));

        var opened = Step(sut, At(10, 0), Signals(), Market(), Condor()).OfType<HedgeLayerOpened>().Single();

        var unitDollars = opened.Order.LimitPrice * 100m;
        Assert.InRange(unitDollars, 200m * (decimal)opened.Scalar, 200m);
        Assert.Equal(1, opened.Order.Contracts);
    }

    [Fact]
    public void Evaluate_BudgetBelowOneContract_BlockedByBudget()
    {
        var sut = Engine(Custom(Layer("L1", "condor_open", budgetPercent: 0.1m)));

        var blocked = Step(sut, At(10, 0), Signals(), Market(), Condor()).OfType<HedgeLayerBlocked>().Single();

        Assert.Equal(HedgeBlockCause.Budget, blocked.Cause);
        Assert.Contains("size 0 = floor(budget 0.1% of $100000 = $100 x scalar", blocked.Reason, StringComparison.Ordinal);
        Assert.Empty(sut.Layers);
    }

    [Fact]
    public void Evaluate_ZeroScalar_BlockedAndNothingBought()
    {
        var zero = """{ "baseline": 0, "weights": { "rsiDistance": 0, "macdHistogram": 0, "advanceDeclineDivergence": 0, "termStructure": 0 } }""";
        var sut = Engine(Custom(Layer("L1", "condor_open"), scalar: zero));

        var blocked = Step(sut, At(10, 0), Signals(rsi5m: 90), Market(), Condor()).OfType<HedgeLayerBlocked>().Single();

        Assert.Equal(HedgeBlockCause.ZeroScalar, blocked.Cause);
        Assert.Empty(sut.Layers);
    }

    [Theory]
    [InlineData(1.5, 4, 6)]
    [InlineData(0.6, 4, 2)]
    [InlineData(0.2, 2, 1)]
    public void Evaluate_ContractsLayer_IsFloorOfContractsTimesScalarAtLeastOne(double scalar, int contracts, int expected)
    {
        var fixedScalar = FormattableString.Invariant($$"""{ "baseline": {{scalar}}, "weights": { "rsiDistance": 0, "macdHistogram": 0, "advanceDeclineDivergence": 0, "termStructure": 0 } }""");
        var layer = FormattableString.Invariant($$"""
            { "id": "L1", "open": "condor_open", "contracts": {{contracts}},
              "instrument": { "type": "vix-call", "otmPercent": 15, "minDaysToExpiry": 30, "maxDaysToExpiry": 65 } }
            """);
        var sut = Engine(Custom(layer, scalar: fixedScalar));

        var opened = Step(sut, At(10, 0), Signals(), Market(), Condor()).OfType<HedgeLayerOpened>().Single();

        Assert.Equal(expected, opened.Order.Contracts);
    }
}
