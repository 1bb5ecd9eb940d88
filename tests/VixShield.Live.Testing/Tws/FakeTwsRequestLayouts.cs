namespace VixShield.Live.Testing.Tws;

/// <summary>
/// Names and leading field labels of the client messages the fake TWS understands, written from the protocol brief
/// independently of the client under test (so a shared mistake cannot hide).
/// </summary>
public static class FakeTwsRequestLayouts
{
    private static readonly string[] ContractFields =
    [
        "conId", "symbol", "secType", "lastTradeDateOrContractMonth", "strike", "right", "multiplier", "exchange",
        "primaryExch", "currency", "localSymbol", "tradingClass",
    ];

    public static string Name(int messageId) => messageId switch
    {
        1 => "REQ_MKT_DATA",
        2 => "CANCEL_MKT_DATA",
        3 => "PLACE_ORDER",
        4 => "CANCEL_ORDER",
        5 => "REQ_OPEN_ORDERS",
        7 => "REQ_EXECUTIONS",
        8 => "REQ_IDS",
        9 => "REQ_CONTRACT_DATA",
        16 => "REQ_ALL_OPEN_ORDERS",
        20 => "REQ_HISTORICAL_DATA",
        25 => "CANCEL_HISTORICAL_DATA",
        49 => "REQ_CURRENT_TIME",
        59 => "REQ_MARKET_DATA_TYPE",
        61 => "REQ_POSITIONS",
        64 => "CANCEL_POSITIONS",
        71 => "START_API",
        78 => "REQ_SEC_DEF_OPT_PARAMS",
        99 => "REQ_COMPLETED_ORDERS",
        _ => "UNKNOWN_" + messageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Labels of the leading fields (after the id) of a message at <paramref name="serverVersion"/>.</summary>
    public static string[] Labels(int messageId, int serverVersion) => messageId switch
    {
        1 => ["version", "reqId", .. ContractFields],
        2 or 25 => ["version", "reqId"],
        3 => ["orderId", .. ContractFields, "secIdType", "secId", "action", "totalQuantity", "orderType", "lmtPrice", "auxPrice", "tif", "ocaGroup", "account", "openClose", "origin", "orderRef"],
        4 => serverVersion >= 192 ? ["orderId", "manualOrderCancelTime", "extOperator", "manualOrderIndicator"] : ["version", "orderId"],
        7 => ["version", "reqId", "clientId", "acctCode", "time", "symbol", "secType", "exchange", "side"],
        8 => ["version", "numIds"],
        9 => ["version", "reqId", .. ContractFields, "includeExpired", "secIdType", "secId", "issuerId"],
        20 => ["reqId", .. ContractFields, "includeExpired", "endDateTime", "barSizeSetting", "durationStr", "useRTH", "whatToShow", "formatDate"],
        59 => ["version", "marketDataType"],
        71 => ["version", "clientId", "optionalCapabilities"],
        78 => ["reqId", "underlyingSymbol", "futFopExchange", "underlyingSecType", "underlyingConId"],
        99 => ["apiOnly"],
        _ => ["version"],
    };
}
