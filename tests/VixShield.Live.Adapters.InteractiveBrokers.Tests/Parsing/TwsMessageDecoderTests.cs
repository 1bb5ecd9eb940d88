using System.Text;
using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Parsing;

public sealed partial class TwsMessageDecoderTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 10, 16, 13, 45);

    [Fact]
    public void Decode_FieldThatDoesNotParse_ThrowsNamingMessageFieldAndText()
    {
        var payload = Frames.Payload(1, ["6", "1001", "4", "6563.x", "0", "0"]);

        var error = Assert.Throws<TwsProtocolException>(() => TwsMessageDecoder.Decode(payload, 193, Received));

        Assert.Equal(1, error.MessageId);
        Assert.Equal("price", error.FieldName);
        Assert.Equal(4, error.FieldIndex);
        Assert.Contains("TICK_PRICE", error.Message, StringComparison.Ordinal);
        Assert.Contains("'6563.x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FrameEndingBeforeARequiredField_ThrowsNamingTheMissingField()
    {
        var payload = Frames.Payload(2, ["6", "1001"]);

        var error = Assert.Throws<TwsProtocolException>(() => TwsMessageDecoder.Decode(payload, 193, Received));

        Assert.Equal("tickType", error.FieldName);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FieldWithoutTerminator_ThrowsTruncated()
    {
        var payload = Encoding.ASCII.GetBytes("2\u00006\u00001001\u00008\u0000120");

        var error = Assert.Throws<TwsProtocolException>(() => TwsMessageDecoder.Decode(payload, 193, Received));

        Assert.Equal("size", error.FieldName);
        Assert.Contains("not NUL-terminated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NonNumericMessageId_Throws()
    {
        var error = Assert.Throws<TwsProtocolException>(() => TwsMessageDecoder.Decode("garbage\0"u8, 193, Received));

        Assert.Equal("messageId", error.FieldName);
    }

    [Fact]
    public void Decode_UnknownMessageId_ReturnsUnhandledWithReceivedTime()
    {
        var sut = TwsMessageDecoder.Decode(Frames.Payload(107, ["1", "2"]), 193, Received);

        Assert.Equal(new UnhandledMessageReceived(107) { ReceivedTime = Received }, sut);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("2147483647", null)]
    [InlineData("9223372036854775807", null)]
    [InlineData("-9223372036854775808", null)]
    [InlineData("1.7976931348623157E308", null)]
    [InlineData("1520", 1520d)]
    [InlineData("0.5", 0.5d)]
    public void Decode_TickSizeSentinels_AreUnset(string sizeText, double? expected)
    {
        var sut = (TickSizeReceived)TwsMessageDecoder.Decode(Frames.Payload(2, ["6", "7", "8", sizeText]), 193, Received);

        Assert.Equal(expected is { } value ? (decimal)value : null, sut.Size);
    }

    [Fact]
    public void Decode_TickPriceAttributeMask_MapsEachBit()
    {
        var sut = (TickPriceReceived)TwsMessageDecoder.Decode(Frames.Payload(1, ["6", "7", "2", "10.5", "3", "5"]), 193, Received);

        Assert.Equal(TwsTickAttributes.CanAutoExecute | TwsTickAttributes.PreOpen, sut.Attributes);
        Assert.Equal(TwsTickType.AskSize, sut.SizeTickType);
        Assert.Equal(Received, sut.ReceivedTime);
    }

    [Fact]
    public void Decode_ErrorWithUnicodeEscapes_UnescapesTheText()
    {
        var sut = (ErrorMessageReceived)TwsMessageDecoder.Decode(
            Frames.Payload(4, ["2", "5", "201", "Ordre rejet\\u00e9: marge", ""]), 193, Received);

        Assert.Equal("Ordre rejeté: marge", sut.Message);
        Assert.Equal(5, sut.Id);
        Assert.Equal(201, sut.Code);
    }

    [Fact]
    public void Decode_MarketDataTypeOutOfRange_Throws()
    {
        Assert.Throws<TwsProtocolException>(() => TwsMessageDecoder.Decode(Frames.Payload(58, ["1", "9", "7"]), 193, Received));
    }

    [Fact]
    public void Decode_ListCountLargerThanAnyFrame_ThrowsInsteadOfAllocating()
    {
        var payload = Frames.Payload(17, ["2003", "a", "b", "2000000000"]);

        var error = Assert.Throws<TwsProtocolException>(() => TwsMessageDecoder.Decode(payload, 193, Received));

        Assert.Equal("itemCount", error.FieldName);
    }

    [Theory]
    [InlineData(193, true)]
    [InlineData(177, false)]
    public void Decode_ExecutionData_ReadsFillAndPendingPriceRevisionFromV178(int serverVersion, bool hasPendingPriceRevision)
    {
        List<string> fields =
        [
            "-1", "12", "800000002", "SPX", "OPT", "20261016", "6400", "P", "100", "SMART", "USD", "SPXW  261016P06400000", "SPXW",
            "0000e0d5.6700a1b2.01.01", "20261016 09:46:00 US/Eastern", "DU1234567", "CBOE", "SLD", "1", "3.1", "1234567890", "7",
            "0", "1", "3.1", "condor-42", "", "", "", "2",
        ];
        if (hasPendingPriceRevision)
        {
            fields.Add("1");
        }

        var sut = (ExecutionReceived)TwsMessageDecoder.Decode(Frames.Payload(11, fields), serverVersion, Received);

        Assert.Equal(-1, sut.RequestId);
        Assert.Equal(12, sut.OrderId);
        Assert.Equal(800000002, sut.Contract.ConId);
        Assert.Equal(6400m, sut.Contract.Strike);
        Assert.Equal("SPXW", sut.Contract.TradingClass);
        Assert.Equal("0000e0d5.6700a1b2.01.01", sut.Execution.ExecutionId);
        Assert.Equal("SLD", sut.Execution.Side);
        Assert.Equal(1m, sut.Execution.Shares);
        Assert.Equal(3.1m, sut.Execution.Price);
        Assert.Equal(1234567890L, sut.Execution.PermId);
        Assert.Equal("condor-42", sut.Execution.OrderReference);
        Assert.Null(sut.Execution.EvMultiplier);
        Assert.Equal(2, sut.Execution.LastLiquidity);
        Assert.Equal(hasPendingPriceRevision, sut.Execution.PendingPriceRevision);
    }

    [Fact]
    public void Decode_ContractDataAt176_ReadsTheLayoutWithoutLastTradeDateOrIneligibility()
    {
        var recorded = TwsGoldenScenario.Load("refdata").ServerMessages.Single(m => m.Name == "CONTRACT_DATA");
        var fields = recorded.Fields.ToList();
        fields.RemoveAt(4); // lastTradeDate (v182)
        fields.RemoveAt(fields.Count - 1); // ineligibility reason count (v186)

        var sut = (ContractDetailsReceived)TwsMessageDecoder.Decode(Frames.Payload(10, fields), 176, Received);

        Assert.Equal(800000002, sut.Details.Contract.ConId);
        Assert.Equal(string.Empty, sut.Details.LastTradeDate);
        Assert.Equal(0.05m, sut.Details.MinimumTick);
        Assert.Equal(416904, sut.Details.UnderlyingConId);
        Assert.Equal(1m, sut.Details.SuggestedSizeIncrement);
        Assert.Empty(sut.Details.IneligibilityReasons);
    }

    [Fact]
    public void Decode_CommissionReport_MapsUnsetProfitAndYieldToNull()
    {
        var sut = (CommissionReported)TwsMessageDecoder.Decode(
            Frames.Payload(59, ["1", "0000e0d5.01", "1.05", "USD", "1.7976931348623157E308", "1.7976931348623157E308", ""]), 193, Received);

        Assert.Equal(new CommissionReported("0000e0d5.01", 1.05m, "USD", null, null, string.Empty) { ReceivedTime = Received }, sut);
    }

    [Theory]
    [InlineData(193)]
    [InlineData(176)]
    public void Decode_OpenOrderForCondor_ReadsIdentityContractLegsAndRouting(int serverVersion)
    {
        var sut = (OpenOrderReceived)TwsMessageDecoder.Decode(Frames.Payload(5, OpenOrderFields(serverVersion)), serverVersion, Received);

        Assert.Equal(9, sut.OrderId);
        Assert.Equal(TwsSecurityType.Combo, sut.Contract.SecurityType);
        Assert.Equal(28812380, sut.Contract.ConId);
        Assert.Equal(TwsOrderAction.Buy, sut.Action);
        Assert.Equal(1m, sut.TotalQuantity);
        Assert.Equal("LMT", sut.OrderType);
        Assert.Equal(-2.35m, sut.LimitPrice);
        Assert.Null(sut.AuxiliaryPrice);
        Assert.Equal("DU1234567", sut.Account);
        Assert.Equal("condor-42", sut.OrderReference);
        Assert.Equal(7, sut.ClientId);
        Assert.Equal(98765432101L, sut.PermId);
        Assert.Equal(
            [
                new TwsComboLeg(800000001, 1, TwsOrderAction.Buy, "SMART"),
                new TwsComboLeg(800000002, 1, TwsOrderAction.Sell, "SMART"),
                new TwsComboLeg(800000003, 1, TwsOrderAction.Sell, "SMART"),
                new TwsComboLeg(800000004, 1, TwsOrderAction.Buy, "SMART") { ExemptCode = -1 },
            ],
            sut.Contract.ComboLegs);
        Assert.Equal([new TwsTagValue("NonGuaranteed", "1")], sut.SmartComboRoutingParameters);
    }

    /// <summary>An OPEN_ORDER for a 4-leg BAG in the official decoder's read order (up to the routing parameters).</summary>
    private static List<string> OpenOrderFields(int serverVersion)
    {
        List<string> fields =
        [
            "9", "28812380", "SPX", "BAG", "", "0", "?", "", "SMART", "USD", "", "",
            "BUY", "1", "LMT", "-2.35", "", "DAY", "", "DU1234567", "", "0", "condor-42", "7", "98765432101",
            "0", "0", "0", "", "", "", "", "",
        ];
        if (serverVersion < 177)
        {
            fields.Add(""); // faProfile
        }

        fields.AddRange(
        [
            "", "", "", "", "", "0", "", "-1", "0", "", "", "", "", "", "", "0", "0", "0", "", "3", "0", "0", "",
            "0", "0", "", "0", "None", "", "0", "", "", "", "", "0", "0", "", "0", "0", "", "", "", "",
            "800000001|1,800000002|-1,800000003|-1,800000004|1", "4",
            "800000001", "1", "BUY", "SMART", "0", "0", "", "0",
            "800000002", "1", "SELL", "SMART", "0", "0", "", "0",
            "800000003", "1", "SELL", "SMART", "0", "0", "", "0",
            "800000004", "1", "BUY", "SMART", "0", "0", "", "-1",
            "0", "1", "NonGuaranteed", "1",
            "", "", "", "", "0", "", "", "0",
        ]);
        return fields;
    }
}
