using System.Globalization;

namespace VixShield.Live.Testing.Tws;

/// <summary>Builders for the order-flow server messages of protocol brief §6 at server version 193 (OPEN_ORDER,
/// COMMISSION_REPORT, CONTRACT_DATA, POSITION_DATA and the END markers), written from the brief and the official
/// decoder's read order, independently of the client under test.</summary>
public static class FakeTwsOrderMessages
{
    /// <summary>The official "unset double" text TWS sends for unknown realised P&amp;L and yield.</summary>
    public const string UnsetDouble = "1.7976931348623157E308";

    public static FakeTwsMessage OpenOrdersEnd() => new(53, ["1"]);

    public static FakeTwsMessage CompletedOrdersEnd() => new(102, []);

    public static FakeTwsMessage ExecutionsEnd(int requestId) => new(55, ["1", Text(requestId)]);

    public static FakeTwsMessage PositionsEnd() => new(62, ["1"]);

    public static FakeTwsMessage ContractDataEnd(int requestId) => new(52, ["1", Text(requestId)]);

    public static FakeTwsMessage CommissionReport(string executionId, decimal commission)
        => new(59, ["1", executionId, Text(commission), "USD", UnsetDouble, UnsetDouble, string.Empty]);

    /// <summary>POSITION_DATA (message version 3) for one contract of <paramref name="account"/>.</summary>
    public static FakeTwsMessage Position(string account, FakeTwsVenueContract contract, decimal position, decimal averageCost)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new(61,
        [
            "3", account, Text(contract.ConId), contract.Symbol, contract.SecurityType, contract.LastTradeDateOrContractMonth,
            contract.Strike is { } strike ? Text(strike) : "0", contract.Right, contract.Multiplier, "SMART", "USD", string.Empty,
            contract.TradingClass, Text(position), Text(averageCost),
        ]);
    }

    /// <summary>CONTRACT_DATA at v186+ (with lastTradeDate and an empty ineligibility list).</summary>
    public static FakeTwsMessage ContractData(int requestId, FakeTwsVenueContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new(10,
        [
            Text(requestId), contract.Symbol, contract.SecurityType, contract.LastTradeDateOrContractMonth,
            contract.LastTradeDateOrContractMonth, contract.Strike is { } strike ? Text(strike) : "0", contract.Right, "SMART", "USD",
            string.Empty, contract.TradingClass, contract.TradingClass, Text(contract.ConId), "0.05", contract.Multiplier, "LMT,MKT",
            "SMART,CBOE", "1", "0", contract.Symbol, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
            "US/Central", string.Empty, string.Empty, string.Empty, "0", "0", "0", string.Empty, string.Empty,
            string.Empty, string.Empty, string.Empty, "1", "1", "1", "0",
        ]);
    }

    /// <summary>
    /// OPEN_ORDER at v193 in the official decoder's read order up to the smart-combo routing parameters, followed by a
    /// few trailing fields (the client reads what it needs and skips the rest of the frame).
    /// </summary>
    /// <param name="legs">Combo legs as (conId, ratio, BUY/SELL); empty for a single contract.</param>
    public static FakeTwsMessage OpenOrder(
        int orderId,
        FakeTwsVenueContract? contract,
        string action,
        int quantity,
        string limitPrice,
        string timeInForce,
        string account,
        string orderReference,
        int clientId,
        long permId,
        IReadOnlyList<(int ConId, int Ratio, string Action)> legs)
    {
        ArgumentNullException.ThrowIfNull(legs);
        var isCombo = legs.Count > 0;
        List<string> fields =
        [
            Text(orderId),
            isCombo ? "0" : Text(contract?.ConId ?? 0),
            isCombo ? "SPX" : contract?.Symbol ?? string.Empty,
            isCombo ? "BAG" : contract?.SecurityType ?? string.Empty,
            isCombo ? string.Empty : contract?.LastTradeDateOrContractMonth ?? string.Empty,
            !isCombo && contract?.Strike is { } strike ? Text(strike) : "0",
            isCombo ? "?" : contract?.Right ?? string.Empty,
            isCombo ? string.Empty : contract?.Multiplier ?? string.Empty,
            "SMART", "USD", string.Empty,
            isCombo ? string.Empty : contract?.TradingClass ?? string.Empty,
            action, Text(quantity), "LMT", limitPrice, string.Empty, timeInForce, string.Empty, account, string.Empty, "0",
            orderReference, Text(clientId), Text(permId),
            "0", "0", "0", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
            string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "0", string.Empty, "-1", "0", string.Empty,
            string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "0", "0", "0", string.Empty, "3", "0", "0",
            string.Empty, "0", "0", string.Empty, "0", "None", string.Empty, "0", string.Empty, string.Empty, string.Empty,
            string.Empty, "0", "0", string.Empty, "0", "0", string.Empty, string.Empty, string.Empty, string.Empty,
            string.Empty,
            Text(legs.Count),
        ];
        foreach (var leg in legs)
        {
            fields.AddRange([Text(leg.ConId), Text(leg.Ratio), leg.Action, "SMART", "0", "0", string.Empty, "-1"]);
        }

        fields.AddRange(["0", "0", string.Empty, string.Empty, string.Empty, string.Empty, "0", string.Empty, string.Empty, "0"]);
        return new FakeTwsMessage(5, fields);
    }

    /// <summary>
    /// COMPLETED_ORDER at v177..197 in the official completed-order read order: contract (no order id), order fields
    /// without a client id, the order state in the middle, then filled quantity, completion time and text near the end.
    /// </summary>
    /// <param name="status">The order state: Filled, Cancelled, ApiCancelled or Inactive.</param>
    /// <param name="completedStatus">TWS's text about the ending, e.g. "Cancelled by Trader".</param>
    /// <param name="legs">Combo legs as (conId, ratio, BUY/SELL); empty for a single contract.</param>
    public static FakeTwsMessage CompletedOrder(
        FakeTwsVenueContract? contract,
        string action,
        int quantity,
        string limitPrice,
        string timeInForce,
        string account,
        string orderReference,
        long permId,
        string status,
        decimal filledQuantity,
        string completedStatus,
        IReadOnlyList<(int ConId, int Ratio, string Action)> legs)
    {
        ArgumentNullException.ThrowIfNull(legs);
        var isCombo = legs.Count > 0;
        List<string> fields =
        [
            // conId, symbol, secType, lastTradeDateOrContractMonth, strike, right, multiplier, exchange, currency, localSymbol, tradingClass
            isCombo ? "28812380" : Text(contract?.ConId ?? 0),
            isCombo ? "SPX" : contract?.Symbol ?? string.Empty,
            isCombo ? "BAG" : contract?.SecurityType ?? string.Empty,
            isCombo ? string.Empty : contract?.LastTradeDateOrContractMonth ?? string.Empty,
            !isCombo && contract?.Strike is { } strike ? Text(strike) : "0",
            isCombo ? "?" : contract?.Right ?? string.Empty,
            isCombo ? string.Empty : contract?.Multiplier ?? string.Empty,
            "SMART", "USD", string.Empty,
            isCombo ? "COMB" : contract?.TradingClass ?? string.Empty,

            // action, totalQuantity, orderType, lmtPrice, auxPrice, tif, ocaGroup, account, openClose, origin, orderRef, permId
            action, Text(quantity), "LMT", limitPrice, "0", timeInForce, string.Empty, account, string.Empty, "0", orderReference, Text(permId),

            // outsideRth, hidden, discretionaryAmt, goodAfterTime, faGroup, faMethod, faPercentage
            "0", "0", "0", string.Empty, string.Empty, string.Empty, string.Empty,

            // modelCode, goodTillDate, rule80A, percentOffset, settlingFirm, shortSaleSlot, designatedLocation, exemptCode
            string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "0", string.Empty, "-1",

            // startingPrice, stockRefPrice, delta, stockRangeLower, stockRangeUpper
            string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,

            // displaySize, sweepToFill, allOrNone, minQty, ocaType, triggerMethod
            string.Empty, "0", "0", string.Empty, "3", "0",

            // volatility, volatilityType, deltaNeutralOrderType, deltaNeutralAuxPrice, continuousUpdate, referencePriceType
            string.Empty, "0", string.Empty, string.Empty, "0", "0",

            // trailStopPrice, trailingPercent, comboLegsDescription, comboLegsCount
            string.Empty, string.Empty, string.Empty, Text(legs.Count),
        ];
        foreach (var leg in legs)
        {
            // conId, ratio, action, exchange, openClose, shortSaleSlot, designatedLocation, exemptCode
            fields.AddRange([Text(leg.ConId), Text(leg.Ratio), leg.Action, "SMART", "0", "0", string.Empty, "-1"]);
        }

        fields.AddRange(
        [
            // orderComboLegsCount, smartComboRoutingParamsCount, scaleInitLevelSize, scaleSubsLevelSize, scalePriceIncrement
            "0", "0", string.Empty, string.Empty, string.Empty,

            // hedgeType, clearingAccount, clearingIntent, notHeld, deltaNeutralContractPresent, algoStrategy, solicited
            string.Empty, string.Empty, string.Empty, "0", "0", string.Empty, "0",

            // the order state
            status,

            // randomizeSize, randomizePrice, conditionsCount, trailStopPrice, lmtPriceOffset, cashQty
            "0", "0", "0", string.Empty, string.Empty, string.Empty,

            // dontUseAutoPriceForHedge, isOmsContainer, autoCancelDate, filledQuantity, refFuturesConId, autoCancelParent
            "0", "0", string.Empty, Text(filledQuantity), "0", "0",

            // shareholder, imbalanceOnly, routeMarketableToBbo, parentPermId, completedTime, completedStatus
            string.Empty, "0", "0", "0", "20261016 10:15:00 America/New_York", completedStatus,

            // customerAccount, professionalCustomer (the client reads no further than completedStatus)
            string.Empty, "0",
        ]);
        return new FakeTwsMessage(101, fields);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
