namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>The attribute bit mask of TICK_PRICE.</summary>
[Flags]
public enum TwsTickAttributes : byte
{
    None = 0,
    CanAutoExecute = 1,
    PastLimit = 2,
    PreOpen = 4,
}
