namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>Order types this daemon sends; written as LMT, MKT, STP and STP LMT.</summary>
public enum TwsOrderType : byte
{
    Limit = 0,
    Market = 1,
    Stop = 2,
    StopLimit = 3,
}
