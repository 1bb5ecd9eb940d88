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

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
