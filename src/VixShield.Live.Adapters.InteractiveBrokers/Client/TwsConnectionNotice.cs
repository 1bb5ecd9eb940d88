namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>The ERR_MSG codes that say something about connectivity or data availability (brief §8).</summary>
public enum TwsConnectionNotice : byte
{
    /// <summary>The code is not about the connection (an order or request error).</summary>
    None = 0,

    /// <summary>1100: TWS lost its connection to IB; the socket to TWS is still up.</summary>
    ConnectivityLost,

    /// <summary>1101: restored, but market data was lost: resubscribe everything.</summary>
    ConnectivityRestoredDataLost,

    /// <summary>1102: restored with data maintained: reconcile only.</summary>
    ConnectivityRestoredDataMaintained,

    /// <summary>2103: a market data farm connection is broken.</summary>
    MarketDataFarmBroken,

    /// <summary>2104: a market data farm connection is OK.</summary>
    MarketDataFarmConnected,

    /// <summary>2105: the historical data (HMDS) farm connection is broken.</summary>
    HistoricalDataFarmBroken,

    /// <summary>2106: the historical data farm connection is OK.</summary>
    HistoricalDataFarmConnected,

    /// <summary>2107: the historical data farm is inactive but available on demand.</summary>
    HistoricalDataFarmInactive,

    /// <summary>2108: a market data farm is inactive but available on demand.</summary>
    MarketDataFarmInactive,

    /// <summary>2109: an order's outside-regular-hours attribute was ignored; the order is still processed.</summary>
    OutsideRegularHoursIgnored,

    /// <summary>2110: connectivity between TWS and IB is broken; treat like 1100.</summary>
    ServerConnectivityBroken,

    /// <summary>2157: the security definition farm connection is broken.</summary>
    SecurityDefinitionFarmBroken,

    /// <summary>2158: the security definition farm connection is OK.</summary>
    SecurityDefinitionFarmConnected,

    /// <summary>326: the client id is already in use by another connection.</summary>
    ClientIdInUse,

    /// <summary>502: could not connect (TWS not running, API disabled, wrong port).</summary>
    CouldNotConnect,

    /// <summary>504: not connected.</summary>
    NotConnected,

    /// <summary>10167: not subscribed to live data; delayed data is shown instead.</summary>
    DelayedDataInstead,

    /// <summary>10197: no market data while the same user is logged in elsewhere (competing live session).</summary>
    CompetingLiveSession,
}
