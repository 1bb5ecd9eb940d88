using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;

namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>Encodes typed requests into frames for a negotiated server version (protocol brief §5).</summary>
/// <remarks>
/// Field positions follow the official client exactly, and unset fields carry the official client's values
/// (<c>0</c>, <c>-1</c>, <c>2147483647</c>, <c>1.7976931348623157E+308</c> or empty text), which the brief
/// recommends over the empty text some third-party clients send.
/// </remarks>
public static class TwsRequestEncoder
{
    /// <summary>The finished frame (length prefix included) for <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="serverVersion"/> is outside the supported range.</exception>
    /// <exception cref="ArgumentException">A text field is not printable ASCII, or a request field is invalid.</exception>
    public static byte[] Encode(TwsRequest request, int serverVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TwsHandshake.IsSupported(serverVersion))
        {
            throw new ArgumentOutOfRangeException(
                nameof(serverVersion),
                serverVersion,
                $"must be {TwsServerVersion.MinimumSupported}..{TwsServerVersion.Maximum}");
        }

        return request switch
        {
            StartApi start => new TwsMessageWriter(TwsOutgoingMessageId.StartApi)
                .Add(2).Add(start.ClientId).Add(start.OptionalCapabilities).ToFrame(),
            RequestNextValidId => new TwsMessageWriter(TwsOutgoingMessageId.RequestIds).Add(1).Add(1).ToFrame(),
            RequestCurrentTime => new TwsMessageWriter(TwsOutgoingMessageId.RequestCurrentTime).Add(1).ToFrame(),
            SetMarketDataType type => new TwsMessageWriter(TwsOutgoingMessageId.RequestMarketDataType)
                .Add(1).Add((int)type.MarketDataType).ToFrame(),
            RequestMarketData marketData => EncodeMarketData(marketData),
            CancelMarketData cancel => new TwsMessageWriter(TwsOutgoingMessageId.CancelMarketData)
                .Add(1).Add(cancel.RequestId).ToFrame(),
            RequestHistoricalData historical => EncodeHistoricalData(historical),
            CancelHistoricalData cancel => new TwsMessageWriter(TwsOutgoingMessageId.CancelHistoricalData)
                .Add(1).Add(cancel.RequestId).ToFrame(),
            RequestContractDetails details => EncodeContractDetails(details),
            RequestOptionChain chain => new TwsMessageWriter(TwsOutgoingMessageId.RequestSecurityDefinitionOptionParameters)
                .Add(chain.RequestId)
                .Add(chain.UnderlyingSymbol)
                .Add(chain.FutureOptionExchange)
                .Add(chain.UnderlyingSecurityType)
                .Add(chain.UnderlyingConId)
                .ToFrame(),
            PlaceOrder order => EncodePlaceOrder(order, serverVersion),
            CancelOrder cancel => EncodeCancelOrder(cancel, serverVersion),
            RequestPositions => new TwsMessageWriter(TwsOutgoingMessageId.RequestPositions).Add(1).ToFrame(),
            CancelPositions => new TwsMessageWriter(TwsOutgoingMessageId.CancelPositions).Add(1).ToFrame(),
            RequestOpenOrders => new TwsMessageWriter(TwsOutgoingMessageId.RequestOpenOrders).Add(1).ToFrame(),
            RequestAllOpenOrders => new TwsMessageWriter(TwsOutgoingMessageId.RequestAllOpenOrders).Add(1).ToFrame(),
            RequestExecutions executions => EncodeExecutions(executions),
            RequestCompletedOrders completed => new TwsMessageWriter(TwsOutgoingMessageId.RequestCompletedOrders).Add(completed.ApiOnly).ToFrame(),
            _ => throw new ArgumentException($"no encoding for request type {request.GetType().Name}", nameof(request)),
        };
    }

    private static byte[] EncodeMarketData(RequestMarketData request)
    {
        var writer = new TwsMessageWriter(TwsOutgoingMessageId.RequestMarketData).Add(11).Add(request.RequestId);
        WriteContract(writer, request.Contract);
        if (request.Contract.IsCombo)
        {
            writer.Add(request.Contract.ComboLegs.Count);
            foreach (var leg in request.Contract.ComboLegs)
            {
                writer.Add(leg.ConId).Add(leg.Ratio).Add(ActionText(leg.Action)).Add(leg.Exchange);
            }
        }

        return writer
            .Add(false) // deltaNeutralContract present
            .Add(request.GenericTickList)
            .Add(request.Snapshot)
            .Add(request.RegulatorySnapshot)
            .Add(string.Empty) // mktDataOptions
            .ToFrame();
    }

    private static byte[] EncodeHistoricalData(RequestHistoricalData request)
    {
        if (request.KeepUpToDate && request.EndDateTime.Length > 0)
        {
            throw new ArgumentException("KeepUpToDate requires an empty EndDateTime (TWS refuses the combination)", nameof(request));
        }

        var writer = new TwsMessageWriter(TwsOutgoingMessageId.RequestHistoricalData).Add(request.RequestId);
        WriteContract(writer, request.Contract);
        writer
            .Add(request.Contract.IncludeExpired)
            .Add(request.EndDateTime)
            .Add(request.BarSize)
            .Add(request.Duration)
            .Add(request.RegularTradingHoursOnly)
            .Add(request.WhatToShow)
            .Add((int)request.DateFormat);
        if (request.Contract.IsCombo)
        {
            writer.Add(request.Contract.ComboLegs.Count);
            foreach (var leg in request.Contract.ComboLegs)
            {
                writer.Add(leg.ConId).Add(leg.Ratio).Add(ActionText(leg.Action)).Add(leg.Exchange);
            }
        }

        return writer.Add(request.KeepUpToDate).Add(string.Empty).ToFrame(); // chartOptions
    }

    private static byte[] EncodeContractDetails(RequestContractDetails request)
    {
        var writer = new TwsMessageWriter(TwsOutgoingMessageId.RequestContractData).Add(8).Add(request.RequestId);
        WriteContract(writer, request.Contract);
        return writer
            .Add(request.Contract.IncludeExpired)
            .Add(request.Contract.SecurityIdType)
            .Add(request.Contract.SecurityId)
            .Add(request.Contract.IssuerId)
            .ToFrame();
    }

    private static byte[] EncodeExecutions(RequestExecutions request)
    {
        var filter = request.Filter;
        return new TwsMessageWriter(TwsOutgoingMessageId.RequestExecutions)
            .Add(3)
            .Add(request.RequestId)
            .Add(filter.ClientId)
            .Add(filter.Account)
            .Add(filter.Time)
            .Add(filter.Symbol)
            .Add(filter.SecurityType)
            .Add(filter.Exchange)
            .Add(filter.Side)
            .ToFrame();
    }

    private static byte[] EncodeCancelOrder(CancelOrder request, int serverVersion)
    {
        var writer = new TwsMessageWriter(TwsOutgoingMessageId.CancelOrder);
        if (serverVersion >= TwsServerVersion.CmeTaggingFields)
        {
            return writer
                .Add(request.OrderId)
                .Add(request.ManualOrderCancelTime)
                .Add(string.Empty) // extOperator
                .AddRawIntMaximum() // manualOrderIndicator
                .ToFrame();
        }

        writer.Add(1).Add(request.OrderId).Add(request.ManualOrderCancelTime);
        if (serverVersion is >= TwsServerVersion.RfqFields and < TwsServerVersion.UndoRfqFields)
        {
            writer.Add(string.Empty).Add(string.Empty).AddRawIntMaximum();
        }

        return writer.ToFrame();
    }

    private static byte[] EncodePlaceOrder(PlaceOrder request, int serverVersion)
    {
        var contract = request.Contract;
        var order = request.Order;
        if (order.TotalQuantity <= 0m)
        {
            throw new ArgumentException($"TotalQuantity must be positive; got {order.TotalQuantity}", nameof(request));
        }

        if (order.OrderType is TwsOrderType.Limit or TwsOrderType.StopLimit && order.LimitPrice is null)
        {
            throw new ArgumentException($"a {order.OrderType} order needs a LimitPrice", nameof(request));
        }

        var writer = new TwsMessageWriter(TwsOutgoingMessageId.PlaceOrder).Add(request.OrderId);
        WriteContract(writer, contract);
        writer
            .Add(contract.SecurityIdType)
            .Add(contract.SecurityId)
            .Add(ActionText(order.Action))
            .Add(order.TotalQuantity)
            .Add(OrderTypeText(order.OrderType))
            .AddOrEmpty(order.LimitPrice)
            .AddOrEmpty(order.AuxiliaryPrice)
            .Add(TimeInForceText(order.TimeInForce))
            .Add(string.Empty) // ocaGroup
            .Add(order.Account)
            .Add(string.Empty) // openClose
            .Add(0) // origin: customer
            .Add(order.OrderReference)
            .Add(order.Transmit)
            .Add(order.ParentId)
            .Add(false) // blockOrder
            .Add(false) // sweepToFill
            .Add(0) // displaySize
            .Add(0) // triggerMethod
            .Add(order.OutsideRegularTradingHours)
            .Add(false); // hidden

        if (contract.IsCombo)
        {
            WriteComboBlock(writer, contract, order);
        }

        writer
            .Add(string.Empty) // sharesAllocation (deprecated)
            .Add(0) // discretionaryAmt
            .Add(string.Empty) // goodAfterTime
            .Add(string.Empty) // goodTillDate
            .Add(string.Empty) // faGroup
            .Add(string.Empty) // faMethod
            .Add(string.Empty); // faPercentage
        if (serverVersion < TwsServerVersion.FaProfileDesupport)
        {
            writer.Add(string.Empty); // faProfile
        }

        writer
            .Add(string.Empty) // modelCode
            .Add(0) // shortSaleSlot
            .Add(string.Empty) // designatedLocation
            .Add(-1) // exemptCode
            .Add(0) // ocaType
            .Add(string.Empty) // rule80A
            .Add(string.Empty) // settlingFirm
            .Add(false) // allOrNone
            .AddOrEmpty((int?)null) // minQty
            .AddOrEmpty((decimal?)null) // percentOffset
            .Add(false) // eTradeOnly (deprecated)
            .Add(false) // firmQuoteOnly (deprecated)
            .AddOrEmpty((decimal?)null) // nbboPriceCap (deprecated)
            .Add(0) // auctionStrategy
            .AddOrEmpty((decimal?)null) // startingPrice
            .AddOrEmpty((decimal?)null) // stockRefPrice
            .AddOrEmpty((decimal?)null) // delta
            .AddOrEmpty((decimal?)null) // stockRangeLower
            .AddOrEmpty((decimal?)null) // stockRangeUpper
            .Add(false) // overridePercentageConstraints
            .AddOrEmpty((decimal?)null) // volatility
            .AddOrEmpty((int?)null) // volatilityType
            .Add(string.Empty) // deltaNeutralOrderType
            .AddOrEmpty((decimal?)null) // deltaNeutralAuxPrice
            .Add(0) // continuousUpdate
            .AddOrEmpty((int?)null) // referencePriceType
            .AddOrEmpty((decimal?)null) // trailStopPrice
            .AddOrEmpty((decimal?)null) // trailingPercent
            .AddOrEmpty((int?)null) // scaleInitLevelSize
            .AddOrEmpty((int?)null) // scaleSubsLevelSize
            .AddOrEmpty((decimal?)null) // scalePriceIncrement
            .Add(string.Empty) // scaleTable
            .Add(string.Empty) // activeStartTime
            .Add(string.Empty) // activeStopTime
            .Add(string.Empty) // hedgeType
            .Add(false) // optOutSmartRouting
            .Add(string.Empty) // clearingAccount
            .Add(string.Empty) // clearingIntent
            .Add(false) // notHeld
            .Add(false) // deltaNeutralContract present
            .Add(string.Empty) // algoStrategy
            .Add(string.Empty) // algoId
            .Add(false) // whatIf
            .Add(string.Empty) // orderMiscOptions
            .Add(false) // solicited
            .Add(false) // randomizeSize
            .Add(false) // randomizePrice
            .Add(0) // conditionsCount
            .Add(string.Empty) // adjustedOrderType
            .AddRawDoubleMaximum() // triggerPrice
            .AddRawDoubleMaximum() // lmtPriceOffset
            .AddRawDoubleMaximum() // adjustedStopPrice
            .AddRawDoubleMaximum() // adjustedStopLimitPrice
            .AddRawDoubleMaximum() // adjustedTrailingAmount
            .Add(0) // adjustableTrailingUnit
            .Add(string.Empty) // extOperator
            .Add(string.Empty) // softDollarTier name
            .Add(string.Empty) // softDollarTier value
            .AddOrEmpty((decimal?)null) // cashQty
            .Add(string.Empty) // mifid2DecisionMaker
            .Add(string.Empty) // mifid2DecisionAlgo
            .Add(string.Empty) // mifid2ExecutionTrader
            .Add(string.Empty) // mifid2ExecutionAlgo
            .Add(false) // dontUseAutoPriceForHedge
            .Add(false) // isOmsContainer
            .Add(false) // discretionaryUpToLimitPrice
            .Add(string.Empty) // usePriceMgmtAlgo (null = TWS default)
            .AddRawIntMaximum() // duration
            .AddRawIntMaximum() // postToAts
            .Add(false) // autoCancelParent
            .Add(string.Empty) // advancedErrorOverride
            .Add(string.Empty); // manualOrderTime

        if (serverVersion >= TwsServerVersion.CustomerAccount)
        {
            writer.Add(string.Empty); // customerAccount
        }

        if (serverVersion >= TwsServerVersion.ProfessionalCustomer)
        {
            writer.Add(false); // professionalCustomer
        }

        if (serverVersion is >= TwsServerVersion.RfqFields and < TwsServerVersion.UndoRfqFields)
        {
            writer.Add(string.Empty).AddRawIntMaximum(); // the two RFQ fillers of 187..189
        }

        if (serverVersion >= TwsServerVersion.IncludeOvernight)
        {
            writer.Add(false); // includeOvernight
        }

        if (serverVersion >= TwsServerVersion.CmeTaggingFields)
        {
            writer.AddRawIntMaximum(); // manualOrderIndicator
        }

        return writer.ToFrame();
    }

    private static void WriteComboBlock(TwsMessageWriter writer, TwsContract contract, TwsOrder order)
    {
        writer.Add(contract.ComboLegs.Count);
        foreach (var leg in contract.ComboLegs)
        {
            writer
                .Add(leg.ConId)
                .Add(leg.Ratio)
                .Add(ActionText(leg.Action))
                .Add(leg.Exchange)
                .Add(leg.OpenClose)
                .Add(leg.ShortSaleSlot)
                .Add(leg.DesignatedLocation)
                .Add(leg.ExemptCode);
        }

        writer.Add(order.ComboLegPrices.Count);
        foreach (var price in order.ComboLegPrices)
        {
            writer.AddOrEmpty(price);
        }

        writer.Add(order.SmartComboRoutingParameters.Count);
        foreach (var parameter in order.SmartComboRoutingParameters)
        {
            writer.Add(parameter.Tag).Add(parameter.Value);
        }
    }

    private static void WriteContract(TwsMessageWriter writer, TwsContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        writer
            .Add(contract.ConId)
            .Add(contract.Symbol)
            .Add(contract.SecurityType)
            .Add(contract.LastTradeDateOrContractMonth)
            .AddOrEmpty(contract.Strike)
            .Add(contract.Right)
            .Add(contract.Multiplier)
            .Add(contract.Exchange)
            .Add(contract.PrimaryExchange)
            .Add(contract.Currency)
            .Add(contract.LocalSymbol)
            .Add(contract.TradingClass);
    }

    internal static string ActionText(TwsOrderAction action) => action switch
    {
        TwsOrderAction.Buy => "BUY",
        TwsOrderAction.Sell => "SELL",
        TwsOrderAction.SellShort => "SSHORT",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "must be Buy, Sell or SellShort"),
    };

    private static string OrderTypeText(TwsOrderType type) => type switch
    {
        TwsOrderType.Limit => "LMT",
        TwsOrderType.Market => "MKT",
        TwsOrderType.Stop => "STP",
        TwsOrderType.StopLimit => "STP LMT",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "must be Limit, Market, Stop or StopLimit"),
    };

    private static string TimeInForceText(TwsTimeInForce timeInForce) => timeInForce switch
    {
        TwsTimeInForce.Day => "DAY",
        TwsTimeInForce.GoodTillCancelled => "GTC",
        TwsTimeInForce.ImmediateOrCancel => "IOC",
        _ => throw new ArgumentOutOfRangeException(nameof(timeInForce), timeInForce, "must be Day, GoodTillCancelled or ImmediateOrCancel"),
    };
}
