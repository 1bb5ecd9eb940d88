namespace VixShield.Live.Engine.Execution;

/// <summary>The safety gate's limits, each a reason an order can be refused.</summary>
public enum SafetyLimit : byte
{
    KillSwitch = 0,
    Paused = 1,
    LiveAccount = 2,
    OrderSize = 3,
    OrderRate = 4,
    OpenLayers = 5,
    HedgePremium = 6,
}
