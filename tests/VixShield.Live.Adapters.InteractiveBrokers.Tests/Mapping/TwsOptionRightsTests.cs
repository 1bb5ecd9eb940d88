using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Mapping;

public sealed class TwsOptionRightsTests
{
    [Theory]
    [InlineData(OptionRight.Put, TwsOptionRight.Put)]
    [InlineData(OptionRight.Call, TwsOptionRight.Call)]
    public void FromDomain_Right_MapsToTheSameRight(OptionRight right, TwsOptionRight expected)
    {
        Assert.Equal(expected, TwsOptionRights.FromDomain(right));
    }

    [Fact]
    public void FromDomain_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TwsOptionRights.FromDomain((OptionRight)7));
    }
}
