using System.Globalization;
using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>Decodes one frame payload into a typed event for a negotiated server version (protocol brief §6).</summary>
/// <remarks>
/// Pure and allocation-free apart from the event (and the text and lists it carries). Reads follow the official
/// decoder's order; trailing fields a message does not need are left unread, which the length framing allows.
/// A frame with an unknown id decodes to <see cref="UnhandledMessageReceived"/>; a known frame whose fields do not
/// parse throws <see cref="TwsProtocolException"/>.
/// </remarks>
public static class TwsMessageDecoder
{
    private const double NotComputedPrice = -1d;
    private const double NotComputedGreek = -2d;

    /// <exception cref="TwsProtocolException">The payload is not a well-formed message of its id.</exception>
    public static TwsEvent Decode(ReadOnlySpan<byte> payload, int serverVersion, Instant receivedTime)
    {
        var reader = new TwsFieldReader(payload);
        var messageId = reader.ReadInt32("messageId");
        return messageId switch
        {
            TwsIncomingMessageId.TickPrice => TickPrice(ref reader, receivedTime),
            TwsIncomingMessageId.TickSize => TickSize(ref reader, receivedTime),
            TwsIncomingMessageId.OrderStatus => OrderStatus(ref reader, receivedTime),
            TwsIncomingMessageId.ErrorMessage => ErrorMessage(ref reader, serverVersion, receivedTime),
            TwsIncomingMessageId.OpenOrder => OpenOrder(ref reader, serverVersion, receivedTime),
            TwsIncomingMessageId.NextValidId => NextValidId(ref reader, receivedTime),
            TwsIncomingMessageId.ContractData => ContractData(ref reader, serverVersion, receivedTime),
            TwsIncomingMessageId.ExecutionData => ExecutionData(ref reader, serverVersion, receivedTime),
            TwsIncomingMessageId.ManagedAccounts => ManagedAccounts(ref reader, receivedTime),
            TwsIncomingMessageId.HistoricalData => HistoricalData(ref reader, serverVersion, receivedTime),
            TwsIncomingMessageId.TickOptionComputation => OptionComputation(ref reader, receivedTime),
            TwsIncomingMessageId.TickGeneric => TickGeneric(ref reader, receivedTime),
            TwsIncomingMessageId.TickString => TickString(ref reader, receivedTime),
            TwsIncomingMessageId.CurrentTime => CurrentTime(ref reader, receivedTime),
            TwsIncomingMessageId.ContractDataEnd => new ContractDetailsEnded(VersionThenRequestId(ref reader, "CONTRACT_DATA_END", messageId)) { ReceivedTime = receivedTime },
            TwsIncomingMessageId.OpenOrderEnd => new OpenOrdersEnded { ReceivedTime = receivedTime },
            TwsIncomingMessageId.ExecutionDataEnd => new ExecutionsEnded(VersionThenRequestId(ref reader, "EXECUTION_DATA_END", messageId)) { ReceivedTime = receivedTime },
            TwsIncomingMessageId.TickSnapshotEnd => new TickSnapshotEnded(VersionThenRequestId(ref reader, "TICK_SNAPSHOT_END", messageId)) { ReceivedTime = receivedTime },
            TwsIncomingMessageId.MarketDataType => MarketDataType(ref reader, receivedTime),
            TwsIncomingMessageId.CommissionReport => CommissionReport(ref reader, receivedTime),
            TwsIncomingMessageId.PositionData => Position(ref reader, receivedTime),
            TwsIncomingMessageId.PositionEnd => new PositionsEnded { ReceivedTime = receivedTime },
            TwsIncomingMessageId.SecurityDefinitionOptionParameter => OptionChain(ref reader, receivedTime),
            TwsIncomingMessageId.SecurityDefinitionOptionParameterEnd => OptionChainEnd(ref reader, receivedTime),
            TwsIncomingMessageId.TickRequestParameters => TickParameters(ref reader, receivedTime),
            TwsIncomingMessageId.CompletedOrder => CompletedOrder(ref reader, serverVersion, receivedTime),
            TwsIncomingMessageId.CompletedOrdersEnd => new CompletedOrdersEnded { ReceivedTime = receivedTime },
            _ => new UnhandledMessageReceived(messageId) { ReceivedTime = receivedTime },
        };
    }

    private static TickPriceReceived TickPrice(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.TickPrice, "TICK_PRICE");
        var version = reader.ReadInt32("version");
        var requestId = reader.ReadInt32("reqId");
        var tickType = (TwsTickType)reader.ReadInt32("tickType");
        var price = ReadTickPrice(ref reader);
        var size = version >= 2 ? reader.ReadDecimalOrUnset("size") : null;
        var attributes = version >= 3 ? (TwsTickAttributes)(reader.ReadInt32("attrMask") & 0b111) : TwsTickAttributes.None;
        return new TickPriceReceived(requestId, tickType, price, size, attributes) { ReceivedTime = receivedTime };
    }

    /// <summary>
    /// The official client reads a tick price as a double, so TWS may legally send text no decimal can hold (NaN,
    /// Infinity, the unset sentinel 1.7976931348623157E308). Such a price carries no usable value: it is decoded as
    /// TWS's own "no current value" (-1) rather than treated as a protocol error that would end the session.
    /// </summary>
    private static decimal ReadTickPrice(ref TwsFieldReader reader)
    {
        const decimal NoCurrentValue = -1m;
        var field = reader.ReadField("price");
        if (field.IsEmpty)
        {
            return 0m;
        }

        if (decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var price))
        {
            return price;
        }

        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return NoCurrentValue;
        }

        throw reader.Invalid("price", field, "a decimal number");
    }

    private static TickSizeReceived TickSize(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.TickSize, "TICK_SIZE");
        reader.Skip("version");
        var requestId = reader.ReadInt32("reqId");
        var tickType = (TwsTickType)reader.ReadInt32("tickType");
        return new TickSizeReceived(requestId, tickType, reader.ReadDecimalOrUnset("size")) { ReceivedTime = receivedTime };
    }

    private static TickGenericReceived TickGeneric(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.TickGeneric, "TICK_GENERIC");
        reader.Skip("version");
        var requestId = reader.ReadInt32("reqId");
        var tickType = (TwsTickType)reader.ReadInt32("tickType");
        return new TickGenericReceived(requestId, tickType, reader.ReadDouble("value")) { ReceivedTime = receivedTime };
    }

    private static TickStringReceived TickString(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.TickString, "TICK_STRING");
        reader.Skip("version");
        var requestId = reader.ReadInt32("reqId");
        var tickType = (TwsTickType)reader.ReadInt32("tickType");
        return new TickStringReceived(requestId, tickType, reader.ReadString("value")) { ReceivedTime = receivedTime };
    }

    private static TickParametersReceived TickParameters(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.TickRequestParameters, "TICK_REQ_PARAMS");
        var requestId = reader.ReadInt32("reqId");
        var minimumTick = reader.ReadDecimal("minTick");
        var bboExchange = reader.ReadString("bboExchange");
        return new TickParametersReceived(requestId, minimumTick, bboExchange, reader.ReadInt32("snapshotPermissions")) { ReceivedTime = receivedTime };
    }

    private static OptionComputationReceived OptionComputation(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.TickOptionComputation, "TICK_OPTION_COMPUTATION");
        var requestId = reader.ReadInt32("reqId");
        var tickType = (TwsTickType)reader.ReadInt32("tickType");
        var basis = (TwsOptionComputationBasis)reader.ReadInt32("tickAttrib");
        var impliedVolatility = Computed(reader.ReadDouble("impliedVol"), NotComputedPrice);
        var delta = Computed(reader.ReadDouble("delta"), NotComputedGreek);
        var optionPrice = Computed(reader.ReadDouble("optPrice"), NotComputedPrice);
        var presentValueDividend = Computed(reader.ReadDouble("pvDividend"), NotComputedPrice);
        var gamma = Computed(reader.ReadDouble("gamma"), NotComputedGreek);
        var vega = Computed(reader.ReadDouble("vega"), NotComputedGreek);
        var theta = Computed(reader.ReadDouble("theta"), NotComputedGreek);
        var underlyingPrice = Computed(reader.ReadDouble("undPrice"), NotComputedPrice);
        return new OptionComputationReceived(
            requestId, tickType, basis, impliedVolatility, delta, optionPrice, presentValueDividend, gamma, vega, theta, underlyingPrice) { ReceivedTime = receivedTime };
    }

    private static double? Computed(double value, double notComputed) => value == notComputed ? null : value;

    private static MarketDataTypeReceived MarketDataType(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.MarketDataType, "MARKET_DATA_TYPE");
        reader.Skip("version");
        var requestId = reader.ReadInt32("reqId");
        var type = reader.ReadInt32("marketDataType");
        if (type is < (int)TwsMarketDataType.Live or > (int)TwsMarketDataType.DelayedFrozen)
        {
            throw new TwsProtocolException(
                $"MARKET_DATA_TYPE (id 58) field #3 'marketDataType': {type} is not 1..4", TwsIncomingMessageId.MarketDataType, "marketDataType", 3);
        }

        return new MarketDataTypeReceived(requestId, (TwsMarketDataType)type) { ReceivedTime = receivedTime };
    }

    private static NextValidIdReceived NextValidId(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.NextValidId, "NEXT_VALID_ID");
        reader.Skip("version");
        return new NextValidIdReceived(reader.ReadInt32("orderId")) { ReceivedTime = receivedTime };
    }

    private static ManagedAccountsReceived ManagedAccounts(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.ManagedAccounts, "MANAGED_ACCTS");
        reader.Skip("version");
        var accounts = reader.ReadString("accountsList")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ManagedAccountsReceived(accounts) { ReceivedTime = receivedTime };
    }

    private static ErrorMessageReceived ErrorMessage(ref TwsFieldReader reader, int serverVersion, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.ErrorMessage, "ERR_MSG");
        if (serverVersion < TwsServerVersion.ErrorTime)
        {
            reader.Skip("version");
        }

        var id = reader.ReadInt32("id");
        var code = reader.ReadInt32("errorCode");
        var message = reader.ReadEscapedString("errorMsg");
        var advanced = reader.HasMoreFields ? reader.ReadEscapedString("advancedOrderRejectJson") : string.Empty;
        return new ErrorMessageReceived(id, code, message, advanced) { ReceivedTime = receivedTime };
    }

    private static CurrentTimeReceived CurrentTime(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.CurrentTime, "CURRENT_TIME");
        reader.Skip("version");
        return new CurrentTimeReceived(reader.ReadInt64("time")) { ReceivedTime = receivedTime };
    }

    private static int VersionThenRequestId(ref TwsFieldReader reader, string name, int messageId)
    {
        reader.Identify(messageId, name);
        reader.Skip("version");
        return reader.ReadInt32("reqId");
    }

    private static OptionChainEnded OptionChainEnd(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.SecurityDefinitionOptionParameterEnd, "SECURITY_DEFINITION_OPTION_PARAMETER_END");
        return new OptionChainEnded(reader.ReadInt32("reqId")) { ReceivedTime = receivedTime };
    }

    private static OptionChainReceived OptionChain(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.SecurityDefinitionOptionParameter, "SECURITY_DEFINITION_OPTION_PARAMETER");
        var requestId = reader.ReadInt32("reqId");
        var exchange = reader.ReadString("exchange");
        var underlyingConId = reader.ReadInt32("underlyingConId");
        var tradingClass = reader.ReadString("tradingClass");
        var multiplier = reader.ReadString("multiplier");
        var expirationCount = ReadCount(ref reader, "expCount");
        var expirations = new string[expirationCount];
        for (var i = 0; i < expirations.Length; i++)
        {
            expirations[i] = reader.ReadString("expiration");
        }

        var strikeCount = ReadCount(ref reader, "strikeCount");
        var strikes = new decimal[strikeCount];
        for (var i = 0; i < strikes.Length; i++)
        {
            strikes[i] = reader.ReadDecimal("strike");
        }

        return new OptionChainReceived(requestId, exchange, underlyingConId, tradingClass, multiplier, expirations, strikes) { ReceivedTime = receivedTime };
    }

    private static HistoricalDataReceived HistoricalData(ref TwsFieldReader reader, int serverVersion, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.HistoricalData, "HISTORICAL_DATA");
        var requestId = reader.ReadInt32("reqId");
        var start = string.Empty;
        var end = string.Empty;
        if (serverVersion < TwsServerVersion.HistoricalDataEnd)
        {
            start = reader.ReadString("startDateStr");
            end = reader.ReadString("endDateStr");
        }

        var count = ReadCount(ref reader, "itemCount");
        var bars = new HistoricalBar[count];
        for (var i = 0; i < bars.Length; i++)
        {
            bars[i] = new HistoricalBar(
                reader.ReadString("date"),
                reader.ReadDecimal("open"),
                reader.ReadDecimal("high"),
                reader.ReadDecimal("low"),
                reader.ReadDecimal("close"),
                reader.ReadDecimalOrUnset("volume"),
                reader.ReadDecimalOrUnset("WAP"),
                reader.ReadInt32("barCount"));
        }

        return new HistoricalDataReceived(requestId, start, end, bars) { ReceivedTime = receivedTime };
    }

    private static OrderStatusChanged OrderStatus(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.OrderStatus, "ORDER_STATUS");
        var orderId = reader.ReadInt32("orderId");
        var statusText = reader.ReadString("status");
        return new OrderStatusChanged(
            orderId,
            ParseOrderStatus(statusText),
            statusText,
            reader.ReadDecimalOrUnset("filled") ?? 0m,
            reader.ReadDecimalOrUnset("remaining") ?? 0m,
            reader.ReadDecimal("avgFillPrice"),
            reader.ReadInt64("permId"),
            reader.ReadInt32("parentId"),
            reader.ReadDecimal("lastFillPrice"),
            reader.ReadInt32("clientId"),
            reader.ReadString("whyHeld"),
            reader.ReadDecimalOrUnset("mktCapPrice")) { ReceivedTime = receivedTime };
    }

    private static TwsOrderStatus ParseOrderStatus(string text) => text switch
    {
        "ApiPending" => TwsOrderStatus.ApiPending,
        "PendingSubmit" => TwsOrderStatus.PendingSubmit,
        "PendingCancel" => TwsOrderStatus.PendingCancel,
        "PreSubmitted" => TwsOrderStatus.PreSubmitted,
        "Submitted" => TwsOrderStatus.Submitted,
        "ApiCancelled" => TwsOrderStatus.ApiCancelled,
        "Cancelled" => TwsOrderStatus.Cancelled,
        "Filled" => TwsOrderStatus.Filled,
        "Inactive" => TwsOrderStatus.Inactive,
        _ => TwsOrderStatus.Unknown,
    };

    /// <summary>The contract fields OPEN_ORDER, COMPLETED_ORDER, EXECUTION_DATA and POSITION_DATA all carry, in the same
    /// order; POSITION_DATA before its version 2 has no trading class.</summary>
    private static TwsContract ReadContract(ref TwsFieldReader reader, bool hasTradingClass = true) => new()
    {
        ConId = reader.ReadInt32("conId"),
        Symbol = reader.ReadString("symbol"),
        SecurityType = reader.ReadString("secType"),
        LastTradeDateOrContractMonth = reader.ReadString("lastTradeDateOrContractMonth"),
        Strike = StrikeOrNull(reader.ReadDecimal("strike")),
        Right = reader.ReadString("right"),
        Multiplier = reader.ReadString("multiplier"),
        Exchange = reader.ReadString("exchange"),
        Currency = reader.ReadString("currency"),
        LocalSymbol = reader.ReadString("localSymbol"),
        TradingClass = hasTradingClass ? reader.ReadString("tradingClass") : string.Empty,
    };

    private static OpenOrderReceived OpenOrder(ref TwsFieldReader reader, int serverVersion, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.OpenOrder, "OPEN_ORDER");
        var orderId = reader.ReadInt32("orderId");
        var contract = ReadContract(ref reader);
        var action = ReadAction(ref reader, "action");
        var totalQuantity = reader.ReadDecimalOrUnset("totalQuantity") ?? 0m;
        var orderType = reader.ReadString("orderType");
        var limitPrice = reader.ReadDecimalOrUnset("lmtPrice");
        var auxiliaryPrice = reader.ReadDecimalOrUnset("auxPrice");
        var timeInForce = reader.ReadString("tif");
        reader.Skip("ocaGroup");
        var account = reader.ReadString("account");
        reader.Skip("openClose");
        reader.Skip("origin");
        var orderReference = reader.ReadString("orderRef");
        var clientId = reader.ReadInt32("clientId");
        var permId = reader.ReadInt64("permId");

        reader.Skip("outsideRth");
        reader.Skip("hidden");
        reader.Skip("discretionaryAmt");
        reader.Skip("goodAfterTime");
        reader.Skip("sharesAllocation");
        reader.Skip("faGroup");
        reader.Skip("faMethod");
        reader.Skip("faPercentage");
        if (serverVersion < TwsServerVersion.FaProfileDesupport)
        {
            reader.Skip("faProfile");
        }

        reader.Skip("modelCode");
        reader.Skip("goodTillDate");
        reader.Skip("rule80A");
        reader.Skip("percentOffset");
        reader.Skip("settlingFirm");
        reader.Skip("shortSaleSlot");
        reader.Skip("designatedLocation");
        reader.Skip("exemptCode");
        reader.Skip("auctionStrategy");
        reader.Skip("startingPrice");
        reader.Skip("stockRefPrice");
        reader.Skip("delta");
        reader.Skip("stockRangeLower");
        reader.Skip("stockRangeUpper");
        reader.Skip("displaySize");
        reader.Skip("blockOrder");
        reader.Skip("sweepToFill");
        reader.Skip("allOrNone");
        reader.Skip("minQty");
        reader.Skip("ocaType");
        reader.Skip("eTradeOnly");
        reader.Skip("firmQuoteOnly");
        reader.Skip("nbboPriceCap");
        var parentId = reader.ReadInt32("parentId");
        reader.Skip("triggerMethod");
        reader.Skip("volatility");
        reader.Skip("volatilityType");
        var deltaNeutralOrderType = reader.ReadField("deltaNeutralOrderType");
        reader.Skip("deltaNeutralAuxPrice");
        if (!deltaNeutralOrderType.IsEmpty)
        {
            reader.Skip("deltaNeutral conId, settlingFirm, clearingAccount, clearingIntent", 4);
            reader.Skip("deltaNeutral openClose, shortSale, shortSaleSlot, designatedLocation", 4);
        }

        reader.Skip("continuousUpdate");
        reader.Skip("referencePriceType");
        reader.Skip("trailStopPrice");
        reader.Skip("trailingPercent");
        reader.Skip("basisPoints");
        reader.Skip("basisPointsType");
        reader.Skip("comboLegsDescription");
        var legCount = ReadCount(ref reader, "comboLegsCount");
        var legs = new TwsComboLeg[legCount];
        for (var i = 0; i < legs.Length; i++)
        {
            var conId = reader.ReadInt32("comboLeg.conId");
            var ratio = reader.ReadInt32("comboLeg.ratio");
            var legAction = ReadAction(ref reader, "comboLeg.action");
            var exchange = reader.ReadString("comboLeg.exchange");
            legs[i] = new TwsComboLeg(conId, ratio, legAction, exchange)
            {
                OpenClose = reader.ReadInt32("comboLeg.openClose"),
                ShortSaleSlot = reader.ReadInt32("comboLeg.shortSaleSlot"),
                DesignatedLocation = reader.ReadString("comboLeg.designatedLocation"),
                ExemptCode = reader.ReadInt32("comboLeg.exemptCode"),
            };
        }

        var legPriceCount = ReadCount(ref reader, "orderComboLegsCount");
        var legPrices = new decimal?[legPriceCount];
        for (var i = 0; i < legPrices.Length; i++)
        {
            legPrices[i] = reader.ReadDecimalOrUnset("orderComboLeg.price");
        }

        var parameterCount = ReadCount(ref reader, "smartComboRoutingParamsCount");
        var parameters = new TwsTagValue[parameterCount];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = new TwsTagValue(reader.ReadString("smartComboRoutingParam.tag"), reader.ReadString("smartComboRoutingParam.value"));
        }

        return new OpenOrderReceived(
            orderId,
            contract with { ComboLegs = legs },
            action,
            totalQuantity,
            orderType,
            limitPrice,
            auxiliaryPrice,
            timeInForce,
            account,
            orderReference,
            clientId,
            permId,
            parentId,
            legPrices,
            parameters) { ReceivedTime = receivedTime };
    }

    /// <summary>COMPLETED_ORDER in the official completed-order read order (no order id, no client id, no message
    /// version): the identity strictly, then the state through <see cref="CompletedOrderState"/>.</summary>
    private static CompletedOrderReceived CompletedOrder(ref TwsFieldReader reader, int serverVersion, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.CompletedOrder, "COMPLETED_ORDER");
        var contract = ReadContract(ref reader);
        var action = ReadAction(ref reader, "action");
        var totalQuantity = reader.ReadDecimalOrUnset("totalQuantity") ?? 0m;
        var orderType = reader.ReadString("orderType");
        var limitPrice = reader.ReadDecimalOrUnset("lmtPrice");
        reader.Skip("auxPrice");
        var timeInForce = reader.ReadString("tif");
        reader.Skip("ocaGroup");
        var account = reader.ReadString("account");
        reader.Skip("openClose");
        reader.Skip("origin");
        var orderReference = reader.ReadString("orderRef");
        var permId = reader.ReadInt64("permId");
        CompletedOrderState state;
        try
        {
            state = CompletedOrderState(ref reader, serverVersion, orderType);
        }
        catch (TwsProtocolException)
        {
            // The order is finished either way; its identity is what reconciliation needs, so an unexpected layout in
            // the long conditional middle costs the state, not the connection.
            state = new CompletedOrderState([], string.Empty, null, string.Empty, string.Empty);
        }

        return new CompletedOrderReceived(
            contract with { ComboLegs = state.Legs },
            action,
            totalQuantity,
            orderType,
            limitPrice,
            timeInForce,
            account,
            orderReference,
            permId,
            ParseOrderStatus(state.StatusText),
            state.StatusText,
            state.FilledQuantity,
            state.CompletedTime,
            state.CompletedStatus) { ReceivedTime = receivedTime };
    }

    /// <summary>The part of COMPLETED_ORDER after the permId: combo legs, the order state, and (when the order has no
    /// conditions, whose encoding varies by kind) the filled quantity and completion time and text.</summary>
    private static CompletedOrderState CompletedOrderState(ref TwsFieldReader reader, int serverVersion, string orderType)
    {
        reader.Skip("outsideRth, hidden, discretionaryAmt, goodAfterTime", 4);
        reader.Skip("faGroup, faMethod, faPercentage", 3);
        if (serverVersion < TwsServerVersion.FaProfileDesupport)
        {
            reader.Skip("faProfile");
        }

        reader.Skip("modelCode, goodTillDate, rule80A, percentOffset, settlingFirm", 5);
        reader.Skip("shortSaleSlot, designatedLocation, exemptCode", 3);
        reader.Skip("startingPrice, stockRefPrice, delta, stockRangeLower, stockRangeUpper", 5);
        reader.Skip("displaySize, sweepToFill, allOrNone, minQty, ocaType, triggerMethod", 6);
        reader.Skip("volatility, volatilityType", 2);
        var deltaNeutralOrderType = reader.ReadField("deltaNeutralOrderType");
        reader.Skip("deltaNeutralAuxPrice");
        if (!deltaNeutralOrderType.IsEmpty)
        {
            reader.Skip("deltaNeutral conId, shortSale, shortSaleSlot, designatedLocation", 4);
        }

        reader.Skip("continuousUpdate, referencePriceType, trailStopPrice, trailingPercent, comboLegsDescription", 5);
        var legs = new TwsComboLeg[ReadCount(ref reader, "comboLegsCount")];
        for (var i = 0; i < legs.Length; i++)
        {
            var conId = reader.ReadInt32("comboLeg.conId");
            var ratio = reader.ReadInt32("comboLeg.ratio");
            var legAction = ReadAction(ref reader, "comboLeg.action");
            legs[i] = new TwsComboLeg(conId, ratio, legAction, reader.ReadString("comboLeg.exchange"));
            reader.Skip("comboLeg openClose, shortSaleSlot, designatedLocation, exemptCode", 4);
        }

        reader.Skip("orderComboLeg.price", ReadCount(ref reader, "orderComboLegsCount"));
        reader.Skip("smartComboRoutingParam tag, value", 2 * ReadCount(ref reader, "smartComboRoutingParamsCount"));
        reader.Skip("scaleInitLevelSize, scaleSubsLevelSize", 2);
        if (reader.ReadDoubleOrUnset("scalePriceIncrement") is { } increment && increment > 0d && increment != double.MaxValue)
        {
            reader.Skip("scale adjust value, interval, profit offset, auto reset, init position, init fill qty, random percent", 7);
        }

        if (!reader.ReadField("hedgeType").IsEmpty)
        {
            reader.Skip("hedgeParam");
        }

        reader.Skip("clearingAccount, clearingIntent, notHeld", 3);
        if (reader.ReadBoolean("deltaNeutralContractPresent"))
        {
            reader.Skip("deltaNeutralContract conId, delta, price", 3);
        }

        if (!reader.ReadField("algoStrategy").IsEmpty)
        {
            reader.Skip("algoParam tag, value", 2 * ReadCount(ref reader, "algoParamsCount"));
        }

        reader.Skip("solicited");
        var statusText = reader.ReadString("status");
        reader.Skip("randomizeSize, randomizePrice", 2);
        if (orderType == "PEG BENCH")
        {
            reader.Skip("referenceContractId, isPeggedChangeAmountDecrease, peggedChangeAmount, referenceChangeAmount, referenceExchange", 5);
        }

        if (ReadCount(ref reader, "conditionsCount") > 0)
        {
            return new CompletedOrderState(legs, statusText, null, string.Empty, string.Empty);
        }

        reader.Skip("trailStopPrice, lmtPriceOffset, cashQty, dontUseAutoPriceForHedge, isOmsContainer, autoCancelDate", 6);
        var filled = reader.ReadDecimalOrUnset("filledQuantity");
        reader.Skip("refFuturesConId, autoCancelParent, shareholder, imbalanceOnly, routeMarketableToBbo, parentPermId", 6);
        return new CompletedOrderState(legs, statusText, filled, reader.ReadString("completedTime"), reader.ReadString("completedStatus"));
    }

    private static ExecutionReceived ExecutionData(ref TwsFieldReader reader, int serverVersion, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.ExecutionData, "EXECUTION_DATA");
        var requestId = reader.ReadInt32("reqId");
        var orderId = reader.ReadInt32("orderId");
        var contract = ReadContract(ref reader);
        var execution = new TwsExecution(
            reader.ReadString("execId"),
            reader.ReadString("time"),
            reader.ReadString("acctNumber"),
            reader.ReadString("exchange"),
            reader.ReadString("side"),
            reader.ReadDecimalOrUnset("shares") ?? 0m,
            reader.ReadDecimal("price"),
            reader.ReadInt64("permId"),
            reader.ReadInt32("clientId"),
            reader.ReadInt32("liquidation"),
            reader.ReadDecimalOrUnset("cumQty") ?? 0m,
            reader.ReadDecimal("avgPrice"),
            reader.ReadString("orderRef"),
            reader.ReadString("evRule"),
            reader.ReadDoubleOrUnset("evMultiplier"),
            reader.ReadString("modelCode"),
            reader.ReadInt32("lastLiquidity"),
            serverVersion >= TwsServerVersion.PendingPriceRevision && reader.ReadBoolean("pendingPriceRevision"));
        return new ExecutionReceived(requestId, orderId, contract, execution) { ReceivedTime = receivedTime };
    }

    private static CommissionReported CommissionReport(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.CommissionReport, "COMMISSION_REPORT");
        reader.Skip("version");
        return new CommissionReported(
            reader.ReadString("execId"),
            reader.ReadDecimal("commission"),
            reader.ReadString("currency"),
            reader.ReadDoubleOrUnset("realizedPNL"),
            reader.ReadDoubleOrUnset("yield"),
            reader.ReadString("yieldRedemptionDate")) { ReceivedTime = receivedTime };
    }

    private static PositionReceived Position(ref TwsFieldReader reader, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.PositionData, "POSITION_DATA");
        var version = reader.ReadInt32("version");
        var account = reader.ReadString("account");
        var contract = ReadContract(ref reader, hasTradingClass: version >= 2);
        var position = reader.ReadDecimalOrUnset("position") ?? 0m;
        var averageCost = version >= 3 ? reader.ReadDecimal("avgCost") : 0m;
        return new PositionReceived(account, contract, position, averageCost) { ReceivedTime = receivedTime };
    }

    private static ContractDetailsReceived ContractData(ref TwsFieldReader reader, int serverVersion, Instant receivedTime)
    {
        reader.Identify(TwsIncomingMessageId.ContractData, "CONTRACT_DATA");
        var requestId = reader.ReadInt32("reqId");
        var symbol = reader.ReadString("symbol");
        var securityType = reader.ReadString("secType");
        var lastTradeDateOrContractMonth = reader.ReadString("lastTradeDateOrContractMonth");
        var lastTradeDate = serverVersion >= TwsServerVersion.LastTradeDate ? reader.ReadString("lastTradeDate") : string.Empty;
        var strike = StrikeOrNull(reader.ReadDecimal("strike"));
        var right = reader.ReadString("right");
        var exchange = reader.ReadString("exchange");
        var currency = reader.ReadString("currency");
        var localSymbol = reader.ReadString("localSymbol");
        var marketName = reader.ReadString("marketName");
        var tradingClass = reader.ReadString("tradingClass");
        var conId = reader.ReadInt32("conId");
        var minimumTick = reader.ReadDecimal("minTick");
        var multiplier = reader.ReadString("multiplier");
        var orderTypes = reader.ReadString("orderTypes");
        var validExchanges = reader.ReadString("validExchanges");
        var priceMagnifier = reader.ReadInt32("priceMagnifier");
        var underlyingConId = reader.ReadInt32("underConId");
        var longName = reader.ReadEscapedString("longName");
        var primaryExchange = reader.ReadString("primaryExch");
        var contractMonth = reader.ReadString("contractMonth");
        var industry = reader.ReadString("industry");
        var category = reader.ReadString("category");
        var subcategory = reader.ReadString("subcategory");
        var timeZoneId = reader.ReadString("timeZoneId");
        var tradingHours = reader.ReadString("tradingHours");
        var liquidHours = reader.ReadString("liquidHours");
        var evRule = reader.ReadString("evRule");
        var evMultiplier = reader.ReadDouble("evMultiplier");
        var securityIdCount = ReadCount(ref reader, "secIdListCount");
        var securityIds = new TwsTagValue[securityIdCount];
        for (var i = 0; i < securityIds.Length; i++)
        {
            securityIds[i] = new TwsTagValue(reader.ReadString("secId.tag"), reader.ReadString("secId.value"));
        }

        var aggregatedGroup = reader.ReadInt32("aggGroup");
        var underlyingSymbol = reader.ReadString("underSymbol");
        var underlyingSecurityType = reader.ReadString("underSecType");
        var marketRuleIds = reader.ReadString("marketRuleIds");
        var realExpirationDate = reader.ReadString("realExpirationDate");
        var stockType = reader.ReadString("stockType");
        var minimumSize = reader.ReadDecimalOrUnset("minSize");
        var sizeIncrement = reader.ReadDecimalOrUnset("sizeIncrement");
        var suggestedSizeIncrement = reader.ReadDecimalOrUnset("suggestedSizeIncrement");
        if (serverVersion >= TwsServerVersion.FundDataFields
            && string.Equals(securityType, TwsSecurityType.Fund, StringComparison.Ordinal))
        {
            reader.Skip("fund data fields", 17);
        }

        IReadOnlyList<TwsIneligibilityReason> ineligibilityReasons = [];
        if (serverVersion >= TwsServerVersion.IneligibilityReasons)
        {
            var reasonCount = ReadCount(ref reader, "ineligibilityReasonCount");
            var reasons = new TwsIneligibilityReason[reasonCount];
            for (var i = 0; i < reasons.Length; i++)
            {
                reasons[i] = new TwsIneligibilityReason(reader.ReadString("ineligibilityReason.id"), reader.ReadString("ineligibilityReason.description"));
            }

            ineligibilityReasons = reasons;
        }

        var contract = new TwsContract
        {
            ConId = conId,
            Symbol = symbol,
            SecurityType = securityType,
            LastTradeDateOrContractMonth = lastTradeDateOrContractMonth,
            Strike = strike,
            Right = right,
            Multiplier = multiplier,
            Exchange = exchange,
            PrimaryExchange = primaryExchange,
            Currency = currency,
            LocalSymbol = localSymbol,
            TradingClass = tradingClass,
        };
        var details = new TwsContractDetails
        {
            Contract = contract,
            LastTradeDate = lastTradeDate,
            MarketName = marketName,
            MinimumTick = minimumTick,
            OrderTypes = orderTypes,
            ValidExchanges = validExchanges,
            PriceMagnifier = priceMagnifier,
            UnderlyingConId = underlyingConId,
            LongName = longName,
            ContractMonth = contractMonth,
            Industry = industry,
            Category = category,
            Subcategory = subcategory,
            TimeZoneId = timeZoneId,
            TradingHours = tradingHours,
            LiquidHours = liquidHours,
            EvRule = evRule,
            EvMultiplier = evMultiplier,
            SecurityIds = securityIds,
            AggregatedGroup = aggregatedGroup,
            UnderlyingSymbol = underlyingSymbol,
            UnderlyingSecurityType = underlyingSecurityType,
            MarketRuleIds = marketRuleIds,
            RealExpirationDate = realExpirationDate,
            StockType = stockType,
            MinimumSize = minimumSize,
            SizeIncrement = sizeIncrement,
            SuggestedSizeIncrement = suggestedSizeIncrement,
            IneligibilityReasons = ineligibilityReasons,
        };
        return new ContractDetailsReceived(requestId, details) { ReceivedTime = receivedTime };
    }

    private static TwsOrderAction ReadAction(ref TwsFieldReader reader, string fieldName)
    {
        var field = reader.ReadField(fieldName);
        if (field.SequenceEqual("BUY"u8))
        {
            return TwsOrderAction.Buy;
        }

        if (field.SequenceEqual("SELL"u8))
        {
            return TwsOrderAction.Sell;
        }

        if (field.SequenceEqual("SSHORT"u8))
        {
            return TwsOrderAction.SellShort;
        }

        throw reader.Invalid(fieldName, field, "BUY, SELL or SSHORT");
    }

    /// <summary>A list count; negative or larger than the frame could hold is a protocol error, not an allocation.</summary>
    private static int ReadCount(ref TwsFieldReader reader, string fieldName)
    {
        var field = reader.ReadField(fieldName);
        if (field.IsEmpty)
        {
            return 0;
        }

        if (System.Buffers.Text.Utf8Parser.TryParse(field, out int count, out var consumed)
            && consumed == field.Length && count >= 0 && count <= reader.RemainingBytes)
        {
            return count;
        }

        throw reader.Invalid(fieldName, field, "a list count (0 or more, fitting in the frame)");
    }

    private static decimal? StrikeOrNull(decimal strike) => strike == 0m ? null : strike;
}
