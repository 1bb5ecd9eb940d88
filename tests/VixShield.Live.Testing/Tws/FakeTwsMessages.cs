using System.Globalization;

namespace VixShield.Live.Testing.Tws;

/// <summary>Builders for the server messages the fake TWS sends, in the layouts of protocol brief §6 (server version 193).</summary>
public static class FakeTwsMessages
{
    /// <summary>The message version the fake server puts in TICK_* messages (as the reference server did).</summary>
    public const string TickMessageVersion = "6";

    public static FakeTwsMessage ManagedAccounts(string accounts) => new(15, ["1", accounts]);

    public static FakeTwsMessage NextValidId(int orderId) => new(9, ["1", Text(orderId)]);

    public static FakeTwsMessage CurrentTime(long epochSeconds) => new(49, ["1", Text(epochSeconds)]);

    /// <summary>ERR_MSG; below v194 with a message version, from v194 without it and with a time.</summary>
    public static FakeTwsMessage Error(int id, int code, string message, int serverVersion = FakeTwsServerOptions.DefaultServerVersion, long errorTimeMilliseconds = 0)
        => serverVersion >= 194
            ? new(4, [Text(id), Text(code), message, string.Empty, Text(errorTimeMilliseconds)])
            : new(4, ["2", Text(id), Text(code), message, string.Empty]);

    public static FakeTwsMessage MarketDataType(int requestId, int marketDataType) => new(58, ["1", Text(requestId), Text(marketDataType)]);

    public static FakeTwsMessage TickPrice(int requestId, int tickType, string price, string size = "", int attributeMask = 0)
        => new(1, [TickMessageVersion, Text(requestId), Text(tickType), price, size, Text(attributeMask)]);

    public static FakeTwsMessage TickSize(int requestId, int tickType, string size)
        => new(2, [TickMessageVersion, Text(requestId), Text(tickType), size]);

    public static FakeTwsMessage OrderStatus(
        int orderId, string status, string filled, string remaining, string averageFillPrice, long permId, string lastFillPrice, int clientId)
        => new(3, [Text(orderId), status, filled, remaining, averageFillPrice, Text(permId), "0", lastFillPrice, Text(clientId), string.Empty, "0"]);

    /// <summary>EXECUTION_DATA at v178+: the execution of <paramref name="shares"/> at <paramref name="price"/> for one contract.</summary>
    public static FakeTwsMessage ExecutionData(
        int requestId,
        int orderId,
        int conId,
        string symbol,
        string securityType,
        string executionId,
        string side,
        string shares,
        string price,
        long permId,
        int clientId,
        string account = "DU1234567",
        string orderReference = "")
        => new(11,
        [
            Text(requestId), Text(orderId), Text(conId), symbol, securityType, string.Empty, "0", string.Empty, string.Empty,
            "SMART", "USD", string.Empty, string.Empty, executionId, "20261016 09:46:00 US/Eastern", account, "CBOE", side,
            shares, price, Text(permId), Text(clientId), "0", shares, price, orderReference, string.Empty, string.Empty,
            string.Empty, "1", "0",
        ]);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
