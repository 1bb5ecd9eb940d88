using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Parsing;

/// <summary>COMPLETED_ORDER (101), COMPLETED_ORDERS_END (102) and REQ_COMPLETED_ORDERS (99), against messages the fake
/// TWS composes in the official completed-order read order.</summary>
public sealed partial class TwsMessageDecoderTests
{
    private static readonly FakeTwsVenueContract VixCall = new(800_000_005, "VIX", "OPT", "20261021", 25m, "C", "VIX", "100", 1.10m, 1.30m);

    [Fact]
    public void Decode_CompletedSingleOrder_ReadsIdentityStateFilledQuantityAndCompletion()
    {
        var message = FakeTwsOrderMessages.CompletedOrder(
            VixCall, "BUY", 2, "1.8", "GTC", "DU1234567", "hedge-L1-open", 5_000_000_007, "Filled", 2m, "Filled Size: 2", []);

        var sut = (CompletedOrderReceived)TwsMessageDecoder.Decode(Frames.Payload(message.MessageId, message.Fields), 193, Received);

        Assert.Equal((800_000_005, "VIX", "OPT", "20261021", (decimal?)25m, "C"), (sut.Contract.ConId, sut.Contract.Symbol, sut.Contract.SecurityType, sut.Contract.LastTradeDateOrContractMonth, sut.Contract.Strike, sut.Contract.Right));
        Assert.Equal((TwsOrderAction.Buy, 2m, "LMT", (decimal?)1.8m, "GTC"), (sut.Action, sut.TotalQuantity, sut.OrderType, sut.LimitPrice, sut.TimeInForce));
        Assert.Equal(("DU1234567", "hedge-L1-open", 5_000_000_007L), (sut.Account, sut.OrderReference, sut.PermId));
        Assert.Equal((TwsOrderStatus.Filled, "Filled", (decimal?)2m), (sut.Status, sut.StatusText, sut.FilledQuantity));
        Assert.Equal("Filled Size: 2", sut.CompletedStatus);
        Assert.Equal("20261016 10:15:00 America/New_York", sut.CompletedTime);
        Assert.Empty(sut.Contract.ComboLegs);
    }

    [Fact]
    public void Decode_CompletedCombo_ReadsItsLegsAndState()
    {
        var message = FakeTwsOrderMessages.CompletedOrder(
            null, "BUY", 1, "-2.35", "DAY", "DU1234567", "condor-1", 5_000_000_001, "Cancelled", 0m, "Cancelled by Trader",
            [(800_000_001, 1, "BUY"), (800_000_002, 1, "SELL"), (800_000_003, 1, "SELL"), (800_000_004, 1, "BUY")]);

        var sut = (CompletedOrderReceived)TwsMessageDecoder.Decode(Frames.Payload(message.MessageId, message.Fields), 193, Received);

        Assert.Equal("BAG", sut.Contract.SecurityType);
        Assert.Equal(
            [(800_000_001, TwsOrderAction.Buy), (800_000_002, TwsOrderAction.Sell), (800_000_003, TwsOrderAction.Sell), (800_000_004, TwsOrderAction.Buy)],
            sut.Contract.ComboLegs.Select(leg => (leg.ConId, leg.Action)));
        Assert.Equal((TwsOrderStatus.Cancelled, (decimal?)0m, "Cancelled by Trader"), (sut.Status, sut.FilledQuantity, sut.CompletedStatus));
        Assert.Equal((decimal?)-2.35m, sut.LimitPrice);
    }

    [Fact]
    public void Decode_CompletedOrderWithConditions_KeepsTheStateButNotWhatFollowsTheConditions()
    {
        var fields = CompletedFields("Cancelled").ToList();
        var conditionsCount = fields.Count - 18; // 17 fields follow it: trailStopPrice .. professionalCustomer
        fields[conditionsCount] = "1";
        fields.InsertRange(conditionsCount + 1, ["1", "a", "1", "0", "0", "0"]);

        var sut = (CompletedOrderReceived)TwsMessageDecoder.Decode(Frames.Payload(101, fields), 193, Received);

        Assert.Equal((TwsOrderStatus.Cancelled, (decimal?)null, string.Empty), (sut.Status, sut.FilledQuantity, sut.CompletedStatus));
    }

    [Fact]
    public void Decode_CompletedOrderWhoseMiddleDoesNotParse_KeepsTheIdentityAndLeavesTheStateUnknown()
    {
        var fields = CompletedFields("Filled").ToList();
        fields[58] = "not-a-count"; // comboLegsCount

        var sut = (CompletedOrderReceived)TwsMessageDecoder.Decode(Frames.Payload(101, fields), 193, Received);

        Assert.Equal(("hedge-L1-open", 5_000_000_007L), (sut.OrderReference, sut.PermId));
        Assert.Equal((TwsOrderStatus.Unknown, string.Empty, (decimal?)null), (sut.Status, sut.StatusText, sut.FilledQuantity));
    }

    [Fact]
    public void Decode_CompletedOrdersEnd_IsTheEndMarker()
        => Assert.IsType<CompletedOrdersEnded>(TwsMessageDecoder.Decode(Frames.Payload(102, []), 193, Received));

    [Theory]
    [InlineData(true, "1")]
    [InlineData(false, "0")]
    public void Encode_RequestCompletedOrders_IdThenApiOnly(bool apiOnly, string expected)
    {
        var (messageId, fields) = Frames.Split(TwsRequestEncoder.Encode(new RequestCompletedOrders(apiOnly), 193));

        Assert.Equal(99, messageId);
        Assert.Equal([expected], fields);
    }

    private static IReadOnlyList<string> CompletedFields(string status)
        => FakeTwsOrderMessages.CompletedOrder(
            VixCall, "BUY", 2, "1.8", "GTC", "DU1234567", "hedge-L1-open", 5_000_000_007, status, 2m, "done", []).Fields;
}
