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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TryProveNoRoom_RandomLimitsAndCosts_AgreesWithCheckAtEveryCostInTheRange(int seed)
    {
        var random = new Random(seed);
        var proven = 0;
        for (var trial = 0; trial < 4000; trial++)
        {
            var limits = new RiskLimits
            {
                MaxLayers = random.Next(1, 5),
                MaxTotalPremiumPercentOfCapital = random.Next(1, 60) / 10m,
                MaxPremiumToCondorMaxLoss = random.Next(1, 40) / 10m,
            };
            var capital = random.Next(10, 500) * 1000m;
            var condorMaxLoss = random.Next(-10, 200) * 25m;
            var held = random.Next(0, 300) * 5m;
            var openLayers = random.Next(0, 5);
            var cents = random.Next(1, 80_000);
            var lowest = cents / 100m;
            var highest = lowest + (random.Next(0, 2_000) / 100m);

            if (!HedgeRiskCheck.TryProveNoRoom(limits, capital, condorMaxLoss, held, openLayers, (double)lowest, (double)highest, out var binding))
            {
                continue;
            }

            proven++;
            for (var unit = lowest; unit <= highest; unit += Math.Max(0.01m, (highest - lowest) / 7m))
            {
                var check = HedgeRiskCheck.Check(limits, capital, condorMaxLoss, held, openLayers, addsLayer: true, unit, requestedContracts: 1 + random.Next(0, 20));
                Assert.True(
                    (0, binding) == (check.MaxContracts, check.BindingLimit),
                    $"trial {trial}: proven {binding} for ${lowest}-${highest}, but Check at ${unit} gives {check.MaxContracts} ({check.BindingLimit})");
            }
        }

        Assert.True(proven > 1000, $"only {proven} of 4000 trials were settled by the proof: the comparison proves little");
    }

    [Theory]
    [InlineData(450, 390, 60.0, 60.0)]
    [InlineData(450, 390, 59.9999999, 61.0)]
    [InlineData(450, 0, 449.0, 451.0)]
    public void TryProveNoRoom_CostTouchingTheRoom_LeavesItToCheck(double condorMaxLossInput, double heldInput, double lowest, double highest)
    {
        var limits = new RiskLimits { MaxLayers = 3, MaxTotalPremiumPercentOfCapital = 3m, MaxPremiumToCondorMaxLoss = 1m };

        var proven = HedgeRiskCheck.TryProveNoRoom(limits, 100_000m, (decimal)condorMaxLossInput, (decimal)heldInput, 1, lowest, highest, out _);

        Assert.False(proven);
    }
}
