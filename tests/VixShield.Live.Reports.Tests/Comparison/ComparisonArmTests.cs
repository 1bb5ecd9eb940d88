using VixShield.Live.Reports.Comparison;

namespace VixShield.Live.Reports.Tests.Comparison;

public class ComparisonArmTests
{
    [Theory]
    [InlineData("hold_to_expiry", "Hold to expiry (unhedged)", ArmKind.Unhedged)]
    [InlineData("stop_1x", "Stop at 1x credit", ArmKind.StopLoss)]
    [InlineData("stop_1_5x", "Stop at 1.5x credit", ArmKind.StopLoss)]
    [InlineData("alvh_signal_layers", "ALVH signal-layers", ArmKind.Hedged)]
    [InlineData("alvh_ladder_442", "ALVH ladder-442", ArmKind.Hedged)]
    [InlineData("stop_", "stop_", ArmKind.Other)]
    [InlineData("covered_call", "covered_call", ArmKind.Other)]
    public void FromKey_AlertKey_NamesAndKind(string key, string displayName, ArmKind kind)
    {
        var sut = ComparisonArm.FromKey(key);

        Assert.Equal(key, sut.Key);
        Assert.Equal(displayName, sut.DisplayName);
        Assert.Equal(kind, sut.Kind);
    }
}
