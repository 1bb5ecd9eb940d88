using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Mapping;

/// <summary>Classifies TWS price tick types into the role they play in a quote.</summary>
public static class TwsTickRoles
{
    /// <summary>The role of <paramref name="tickType"/>; delayed ticks (66, 67, 68, 75) play the same role as live ones.</summary>
    public static QuoteTickRole Classify(TwsTickType tickType) => tickType switch
    {
        TwsTickType.Bid or TwsTickType.DelayedBid => QuoteTickRole.Bid,
        TwsTickType.Ask or TwsTickType.DelayedAsk => QuoteTickRole.Ask,
        TwsTickType.Last or TwsTickType.DelayedLast => QuoteTickRole.Last,
        TwsTickType.Close or TwsTickType.DelayedClose => QuoteTickRole.PriorClose,
        _ => QuoteTickRole.None,
    };

    /// <summary>True for the model option computation (13 live, 83 delayed), the one that carries TWS's delta and IV for the option.</summary>
    public static bool IsModelOptionComputation(TwsTickType tickType)
        => tickType is TwsTickType.ModelOptionComputation or TwsTickType.DelayedModelOptionComputation;
}
