using VixShield.Live.Rules.Hedging;
using static VixShield.Live.Rules.Tests.Hedging.AlvhTestBed;

namespace VixShield.Live.Rules.Tests.Hedging;

/// <summary>The ALVH row of the daily comparison: condor held to expiry plus the hedge book over the condor's life.</summary>
public sealed partial class AlvhEngineTests
{
    [Fact]
    public void OnCondorSettled_NoHedges_IsTheCondorWithItsMarkDrawdown()
    {
        var sut = Engine(Shipped("signal-layers"));
        var condor = Condor(quantity: 10);
        foreach (var (minute, cost) in new[] { (31, 0.50m), (45, 1.50m), (59, 0.20m) })
        {
            sut.Evaluate(At(15, minute), Signals(), Market(), condor with { CostToClose = cost });
        }

        var result = sut.OnCondorSettled(At(16, 0, day: 4), condor.Condor, 5750m);

        Assert.Equal("alvh-signal-layers", result.Strategy);
        Assert.Equal(500m, result.CondorProfitAndLossDollars);
        Assert.Equal(0m, result.HedgeProfitAndLossDollars);
        Assert.Equal(0m, result.HedgeCostDollars);
        Assert.Equal((0.50m - 1.50m) * -1000m, result.MaxDrawdownDollars);
        Assert.Equal(0.5m, result.TotalProfitAndLossPerCondor);
        Assert.Equal(1.0m, result.MaxDrawdownPerCondor);
        Assert.Equal(0, result.LayersOpened);
        Assert.Equal(condor.EntryTime, result.EntryTime);
    }

    [Fact]
    public void OnCondorSettled_WithALayer_AddsTheHedgeBookChangeAndCost()
    {
        var sut = Engine(Shipped("signal-layers"));
        var condor = Condor(quantity: 10);
        var opened = Step(sut, At(15, 31), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), condor with { CostToClose = 1.2m }).OfType<HedgeLayerOpened>().Single();
        var totals = new List<decimal> { ((0.5m - 1.2m) * 1000m) + sut.BookMarkDollars + sut.RealisedCashDollars };
        Step(sut, At(15, 50), Signals(rsi5m: 25), Market(spx: SpxDown(0.9), vix: 24m), condor with { CostToClose = 3.0m });
        totals.Add(((0.5m - 3.0m) * 1000m) + sut.BookMarkDollars + sut.RealisedCashDollars);

        var result = sut.OnCondorSettled(At(16, 0, day: 4), condor.Condor, 5760m);

        var hedge = sut.BookMarkDollars + sut.RealisedCashDollars;
        totals.Add(500m + hedge);
        Assert.Equal(opened.Order.LimitDollars, result.HedgeCostDollars);
        Assert.Equal(1, result.LayersOpened);
        Assert.Equal(hedge, result.HedgeProfitAndLossDollars);
        Assert.Equal(sut.Layers.Sum(layer => layer.MarkDollars) - opened.Order.LimitDollars, result.HedgeProfitAndLossDollars);
        Assert.Equal(500m, result.CondorProfitAndLossDollars);
        Assert.Equal(500m + hedge, result.TotalProfitAndLossDollars);
        Assert.Equal(MaxDrawdown(totals), result.MaxDrawdownDollars);
    }

    [Fact]
    public void OnCondorSettled_NextCondor_CountsOnlyItsOwnPurchases()
    {
        var sut = Engine(Shipped("signal-layers"));
        var first = Condor(quantity: 10);
        Step(sut, At(15, 31), Signals(rsi5m: 25), Market(spx: SpxDown(0.6)), first);
        sut.OnCondorSettled(At(16, 0, day: 4), first.Condor, 5750m);
        var second = Condor(quantity: 10, entry: At(15, 30, day: 4), expiry: new NodaTime.LocalDate(2026, 3, 5));

        Step(sut, At(15, 31, day: 4), Signals(), Market(), second);
        var result = sut.OnCondorSettled(At(16, 0, day: 5), second.Condor, 5750m);

        Assert.Equal(0m, result.HedgeCostDollars);
        Assert.Equal(0, result.LayersOpened);
        Assert.Single(sut.Layers);
    }

    [Fact]
    public void MarkCondor_OverlappingCondor_AddsToItsDrawdown()
    {
        var sut = Engine(Shipped("signal-layers"));
        var expiring = Condor(quantity: 1);
        var next = Condor(quantity: 1, entry: At(15, 30, day: 4), expiry: new NodaTime.LocalDate(2026, 3, 5));
        sut.Evaluate(At(15, 31), Signals(), Market(), expiring);

        sut.Evaluate(At(15, 31, day: 4), Signals(), Market(), next);
        sut.MarkCondor(expiring with { CostToClose = 4.0m });
        var result = sut.OnCondorSettled(At(16, 0, day: 4), expiring.Condor, 5750m);

        Assert.Equal((4.0m - 0.5m) * 100m, result.MaxDrawdownDollars);
    }

    [Fact]
    public void OnCondorSettled_UnknownCondor_Throws()
    {
        var sut = Engine(Shipped("signal-layers"));

        var error = Assert.Throws<InvalidOperationException>(() => sut.OnCondorSettled(At(16, 0), Condor().Condor, 5750m));

        Assert.Contains("was never passed to Evaluate or MarkCondor", error.Message, StringComparison.Ordinal);
    }

    private static decimal MaxDrawdown(IEnumerable<decimal> path)
    {
        var peak = 0m;
        var drawdown = 0m;
        foreach (var value in path)
        {
            drawdown = Math.Max(drawdown, peak - value);
            peak = Math.Max(peak, value);
        }

        return drawdown;
    }
}
