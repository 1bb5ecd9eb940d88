using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Mapping;

/// <summary>Domain option rights to TWS rights.</summary>
public static class TwsOptionRights
{
    public static TwsOptionRight FromDomain(OptionRight right) => right switch
    {
        OptionRight.Call => TwsOptionRight.Call,
        OptionRight.Put => TwsOptionRight.Put,
        _ => throw new ArgumentOutOfRangeException(nameof(right), right, "must be Put or Call"),
    };
}
