namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>MARKET_DATA_TYPE (58): the data type TWS actually delivers for one market-data request.</summary>
public sealed record MarketDataTypeReceived(int RequestId, TwsMarketDataType MarketDataType) : TwsEvent;
