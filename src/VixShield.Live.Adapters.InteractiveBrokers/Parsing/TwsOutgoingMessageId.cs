namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>Client-to-server message ids this client encodes (protocol brief §5).</summary>
internal static class TwsOutgoingMessageId
{
    public const int RequestMarketData = 1;
    public const int CancelMarketData = 2;
    public const int PlaceOrder = 3;
    public const int CancelOrder = 4;
    public const int RequestOpenOrders = 5;
    public const int RequestExecutions = 7;
    public const int RequestIds = 8;
    public const int RequestContractData = 9;
    public const int RequestAllOpenOrders = 16;
    public const int RequestHistoricalData = 20;
    public const int CancelHistoricalData = 25;
    public const int RequestCurrentTime = 49;
    public const int RequestMarketDataType = 59;
    public const int RequestPositions = 61;
    public const int CancelPositions = 64;
    public const int StartApi = 71;
    public const int RequestSecurityDefinitionOptionParameters = 78;
    public const int RequestCompletedOrders = 99;
}
