namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>Server-to-client message ids this client decodes (protocol brief §6).</summary>
internal static class TwsIncomingMessageId
{
    public const int TickPrice = 1;
    public const int TickSize = 2;
    public const int OrderStatus = 3;
    public const int ErrorMessage = 4;
    public const int OpenOrder = 5;
    public const int NextValidId = 9;
    public const int ContractData = 10;
    public const int ExecutionData = 11;
    public const int ManagedAccounts = 15;
    public const int HistoricalData = 17;
    public const int TickOptionComputation = 21;
    public const int TickGeneric = 45;
    public const int TickString = 46;
    public const int CurrentTime = 49;
    public const int ContractDataEnd = 52;
    public const int OpenOrderEnd = 53;
    public const int ExecutionDataEnd = 55;
    public const int TickSnapshotEnd = 57;
    public const int MarketDataType = 58;
    public const int CommissionReport = 59;
    public const int PositionData = 61;
    public const int PositionEnd = 62;
    public const int SecurityDefinitionOptionParameter = 75;
    public const int SecurityDefinitionOptionParameterEnd = 76;
    public const int TickRequestParameters = 81;
    public const int CompletedOrder = 101;
    public const int CompletedOrdersEnd = 102;
}
