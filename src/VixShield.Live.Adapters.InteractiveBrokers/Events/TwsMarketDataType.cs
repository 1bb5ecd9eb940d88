namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>Whether quotes are live or delayed (REQ_MARKET_DATA_TYPE / MARKET_DATA_TYPE); shown in alerts.</summary>
public enum TwsMarketDataType : byte
{
    Live = 1,
    Frozen = 2,
    Delayed = 3,
    DelayedFrozen = 4,
}
