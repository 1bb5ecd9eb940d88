using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Mapping;

public sealed class TwsTickRolesTests
{
    [Theory]
    [InlineData(1, QuoteTickRole.Bid)]
    [InlineData(66, QuoteTickRole.Bid)]
    [InlineData(2, QuoteTickRole.Ask)]
    [InlineData(67, QuoteTickRole.Ask)]
    [InlineData(4, QuoteTickRole.Last)]
    [InlineData(68, QuoteTickRole.Last)]
    [InlineData(9, QuoteTickRole.PriorClose)]
    [InlineData(75, QuoteTickRole.PriorClose)]
    [InlineData(6, QuoteTickRole.None)]
    [InlineData(7, QuoteTickRole.None)]
    [InlineData(14, QuoteTickRole.None)]
    [InlineData(37, QuoteTickRole.None)]
    [InlineData(72, QuoteTickRole.None)]
    public void Classify_TickType_GivesItsRole(int tickType, QuoteTickRole expected)
    {
        Assert.Equal(expected, TwsTickRoles.Classify((TwsTickType)tickType));
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(83, true)]
    [InlineData(10, false)]
    [InlineData(11, false)]
    [InlineData(12, false)]
    public void IsModelOptionComputation_TickType_TrueForTheModelTicksOnly(int tickType, bool expected)
    {
        Assert.Equal(expected, TwsTickRoles.IsModelOptionComputation((TwsTickType)tickType));
    }
}
