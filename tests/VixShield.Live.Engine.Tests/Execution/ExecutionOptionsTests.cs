using VixShield.Live.Engine.Execution;

namespace VixShield.Live.Engine.Tests.Execution;

public class ExecutionOptionsTests
{
    [Fact]
    public void Defaults_AreValidAlertsOnlyWithTheRiskLimitsOfTheSpec()
    {
        var sut = new ExecutionOptions();

        Assert.Empty(sut.Validate());
        Assert.Equal("alerts-only", sut.Adapter);
        Assert.False(sut.AllowLiveAccount);
        Assert.Equal(3, sut.MaxOpenLayers);
        Assert.Equal(3000m, sut.MaxHedgePremiumDollars);
    }

    public static TheoryData<Action<ExecutionOptions>, string, string?, string> Problems => new()
    {
        { o => o.Adapter = "live", "Execution:Adapter", "live", "one of: alerts-only, paper, ib" },
        { o => o.MaxOrdersPerMinute = 0, "Execution:MaxOrdersPerMinute", "0", "a whole number from 1 to 1000" },
        { o => o.MaxOpenLayers = 21, "Execution:MaxOpenLayers", "21", "a whole number from 0 to 20" },
        { o => o.MaxContractsPerOrder = -1, "Execution:MaxContractsPerOrder", "-1", "a whole number from 1 to 10000" },
        { o => o.MaxSharesPerOrder = 0, "Execution:MaxSharesPerOrder", "0", "a whole number from 1 to 1000000" },
        { o => o.CommandCapacity = 0, "Execution:CommandCapacity", "0", "a whole number from 1 to 1000000" },
        { o => o.EventCapacity = 0, "Execution:EventCapacity", "0", "a whole number from 1 to 1000000" },
        { o => o.MaxHedgePremiumPercentOfCapital = 150m, "Execution:MaxHedgePremiumPercentOfCapital", "150", "a number from 0 to 100" },
        { o => o.CapitalDollars = 0m, "Execution:CapitalDollars", "0", "a number from 1 to 1000000000" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Validate_BadValue_NamesKeyValueAndWhatIsAllowed(Action<ExecutionOptions> change, string key, string? value, string allowed)
    {
        var sut = new ExecutionOptions();
        change(sut);

        Assert.Equal((key, value, allowed), Assert.Single(sut.Validate()));
    }
}
