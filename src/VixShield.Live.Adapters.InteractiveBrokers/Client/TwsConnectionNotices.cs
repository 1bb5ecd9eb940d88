namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>Classifies ERR_MSG codes into <see cref="TwsConnectionNotice"/> values.</summary>
public static class TwsConnectionNotices
{
    public static TwsConnectionNotice Classify(int code) => code switch
    {
        1100 => TwsConnectionNotice.ConnectivityLost,
        1101 => TwsConnectionNotice.ConnectivityRestoredDataLost,
        1102 => TwsConnectionNotice.ConnectivityRestoredDataMaintained,
        2103 => TwsConnectionNotice.MarketDataFarmBroken,
        2104 => TwsConnectionNotice.MarketDataFarmConnected,
        2105 => TwsConnectionNotice.HistoricalDataFarmBroken,
        2106 => TwsConnectionNotice.HistoricalDataFarmConnected,
        2107 => TwsConnectionNotice.HistoricalDataFarmInactive,
        2108 => TwsConnectionNotice.MarketDataFarmInactive,
        2109 => TwsConnectionNotice.OutsideRegularHoursIgnored,
        2110 => TwsConnectionNotice.ServerConnectivityBroken,
        2157 => TwsConnectionNotice.SecurityDefinitionFarmBroken,
        2158 => TwsConnectionNotice.SecurityDefinitionFarmConnected,
        326 => TwsConnectionNotice.ClientIdInUse,
        502 => TwsConnectionNotice.CouldNotConnect,
        504 => TwsConnectionNotice.NotConnected,
        10167 => TwsConnectionNotice.DelayedDataInstead,
        10197 => TwsConnectionNotice.CompetingLiveSession,
        _ => TwsConnectionNotice.None,
    };
}
