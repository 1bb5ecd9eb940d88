namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>Time in force; written as DAY, GTC and IOC.</summary>
public enum TwsTimeInForce : byte
{
    Day = 0,
    GoodTillCancelled = 1,
    ImmediateOrCancel = 2,
}
