using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>REQ_MARKET_DATA_TYPE (59): the data type for later market-data requests (delayed where live is not subscribed).</summary>
public sealed record SetMarketDataType(TwsMarketDataType MarketDataType) : TwsRequest;
