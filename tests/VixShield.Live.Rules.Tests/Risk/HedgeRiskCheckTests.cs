using VixShield.Live.Rules.Risk;

namespace VixShield.Live.Rules.Tests.Risk;

public sealed class HedgeRiskCheckTests
{
    /// <summary>max layers, premium % of capital, premium / condor max loss, capital, condor max loss, held, open layers,
    /// adds a layer, dollars per contract, requested; expected contracts and binding limit.</summary>
    [Theory]
    [InlineData(3, 3, 1, 100000, 4500, 0, 0, true, 195, 3, 3, RiskLimitKind.None)]
    [InlineData(3, 3, 1, 100000, 450, 0, 0, true, 195, 3, 2, RiskLimitKind.CondorMaxLoss)]
    [InlineData(3, 3, 1, 100000, 450, 390, 1, true, 60, 5, 1, RiskLimitKind.CondorMaxLoss)]
    [InlineData(3, 3, 1, 100000, 450, 390, 1, true, 61, 5, 0, RiskLimitKind.CondorMaxLoss)]
    [InlineData(3, 3, 2, 100000, 450, 0, 0, true, 195, 10, 4, RiskLimitKind.CondorMaxLoss)]
    [InlineData(3, 3, 1, 100000, 0, 0, 0, true, 195, 1, 0, RiskLimitKind.CondorMaxLoss)]
    [InlineData(3, 3, 1, 100000, 45000, 2800, 2, true, 100, 5, 2, RiskLimitKind.TotalPremium)]
    [InlineData(3, 0.5, 1, 100000, 45000, 0, 0, true, 195, 3, 2, RiskLimitKind.TotalPremium)]
    [InlineData(3, 3, 1, 100000, 4500, 3000, 2, true, 100, 1, 0, RiskLimitKind.TotalPremium)]
    [InlineData(3, 3, 1, 100000, 4500, 0, 3, true, 100, 1, 0, RiskLimitKind.MaxLayers)]
    [InlineData(2, 3, 1, 100000, 4500, 0, 2, true, 100, 1, 0, RiskLimitKind.MaxLayers)]
    [InlineData(3, 3, 1, 100000, 4500, 200, 3, false, 100, 2, 2, RiskLimitKind.None)]
    public void Check_Purchase_NeverExceedsAnyLimit(
        int maxLayers,
        double premiumPercentInput,
        double condorMultipleInput,
        double capitalInput,
        double condorMaxLossInput,
        double heldInput,
        int openLayers,
        bool addsLayer,
        double unitDollarsInput,
        int requested,
        int expectedContracts,
        RiskLimitKind expectedLimit)
    {
        var (premiumPercent, condorMultiple, capital, condorMaxLoss, held, unitDollars) =
            ((decimal)premiumPercentInput, (decimal)condorMultipleInput, (decimal)capitalInput, (decimal)condorMaxLossInput, (decimal)heldInput, (decimal)unitDollarsInput);
        var limits = new RiskLimits { MaxLayers = maxLayers, MaxTotalPremiumPercentOfCapital = premiumPercent, MaxPremiumToCondorMaxLoss = condorMultiple };

        var sut = HedgeRiskCheck.Check(limits, capital, condorMaxLoss, held, openLayers, addsLayer, unitDollars, requested);

        Assert.Equal(expectedContracts, sut.MaxContracts);
        Assert.Equal(expectedLimit, sut.BindingLimit);
        Assert.True(held + (sut.MaxContracts * unitDollars) <= Math.Max(held, Math.Min(capital * premiumPercent / 100m, condorMaxLoss * condorMultiple)));
    }
}
