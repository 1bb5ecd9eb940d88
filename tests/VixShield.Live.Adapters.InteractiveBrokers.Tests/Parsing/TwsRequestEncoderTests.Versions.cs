using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Parsing;

/// <summary>Conditional fields follow the negotiated version (brief §4.2, §5.7, §5.8).</summary>
public sealed partial class TwsRequestEncoderTests
{
    private static readonly PlaceOrder VixCallOrder = new(
        1,
        TwsContractCatalog.VixOption(new LocalDate(2026, 10, 21), 25m, TwsOptionRight.Call),
        new TwsOrder { Action = TwsOrderAction.Buy, TotalQuantity = 1m, OrderType = TwsOrderType.Limit, LimitPrice = 1.25m });

    /// <summary>Fields after manualOrderTime per version: customerAccount (183), professionalCustomer (184),
    /// RFQ fillers (187..189), includeOvernight (189), manualOrderIndicator (192).</summary>
    public static TheoryData<int, string[]> PlaceOrderTails => new()
    {
        { 176, [] },
        { 177, [] },
        { 183, [""] },
        { 186, ["", "0"] },
        { 187, ["", "0", "", "2147483647"] },
        { 189, ["", "0", "", "2147483647", "0"] },
        { 190, ["", "0", "0"] },
        { 191, ["", "0", "0"] },
        { 192, ["", "0", "0", "2147483647"] },
        { 193, ["", "0", "0", "2147483647"] },
    };

    [Theory]
    [MemberData(nameof(PlaceOrderTails))]
    public void Encode_PlaceOrderAtVersion_WritesThatVersionsConditionalFields(int serverVersion, string[] expectedTail)
    {
        var labels = TwsGoldenScenario.Load("vixcall").ClientMessages.Single(message => message.Name == "PLACE_ORDER").Labels;
        var faProfileFields = serverVersion < 177 ? 1 : 0;
        var manualOrderTimeIndex = labels.ToList().IndexOf("manualOrderTime") + faProfileFields;

        var (_, fields) = Frames.Split(TwsRequestEncoder.Encode(VixCallOrder, serverVersion));

        Assert.Equal(expectedTail, fields.Skip(manualOrderTimeIndex + 1).ToArray());
        Assert.Equal(manualOrderTimeIndex + 1 + expectedTail.Length, fields.Count);
        var faPercentage = labels.ToList().IndexOf("faPercentage");
        string[] afterFaPercentage = faProfileFields == 1
            ? ["", "", "0"] // faProfile, modelCode, shortSaleSlot
            : ["", "0", ""]; // modelCode, shortSaleSlot, designatedLocation
        Assert.Equal(afterFaPercentage, fields.Skip(faPercentage + 1).Take(3).ToArray());
    }

    public static TheoryData<int, string[]> CancelOrderLayouts => new()
    {
        { 176, ["1", "42", ""] },
        { 187, ["1", "42", "", "", "", "2147483647"] },
        { 189, ["1", "42", "", "", "", "2147483647"] },
        { 190, ["1", "42", ""] },
        { 192, ["42", "", "", "2147483647"] },
        { 193, ["42", "", "", "2147483647"] },
    };

    [Theory]
    [MemberData(nameof(CancelOrderLayouts))]
    public void Encode_CancelOrderAtVersion_UsesThatVersionsLayout(int serverVersion, string[] expected)
    {
        var (messageId, fields) = Frames.Split(TwsRequestEncoder.Encode(new CancelOrder(42), serverVersion));

        Assert.Equal(4, messageId);
        Assert.Equal(expected, fields.ToArray());
    }

    [Theory]
    [InlineData(175)]
    [InlineData(194)]
    public void Encode_UnsupportedVersion_ThrowsNamingTheRange(int serverVersion)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TwsRequestEncoder.Encode(new RequestCurrentTime(), serverVersion));

        Assert.Contains("176..193", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_NonAsciiText_ThrowsNamingTheValue()
    {
        var request = new RequestMarketData(1, TwsContractCatalog.SpxIndex with { Symbol = "SPXé" });

        var error = Assert.Throws<ArgumentException>(() => TwsRequestEncoder.Encode(request, 193));

        Assert.Contains("SPXé", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_LimitOrderWithoutPrice_Throws()
    {
        var request = VixCallOrder with { Order = VixCallOrder.Order with { LimitPrice = null } };

        Assert.Throws<ArgumentException>(() => TwsRequestEncoder.Encode(request, 193));
    }

    [Fact]
    public void Encode_DecimalsWithTrailingZeros_WritesShortestText()
    {
        var contract = TwsContractCatalog.SpxwOption(new LocalDate(2026, 10, 16), 6400.00m, TwsOptionRight.Put);
        var order = new TwsOrder { Action = TwsOrderAction.Sell, TotalQuantity = 2.0m, OrderType = TwsOrderType.Limit, LimitPrice = 0.050m };

        var (_, fields) = Frames.Split(TwsRequestEncoder.Encode(new PlaceOrder(3, contract, order), 193));

        Assert.Equal("6400", fields[5]);
        Assert.Equal("SELL", fields[15]);
        Assert.Equal("2", fields[16]);
        Assert.Equal("0.05", fields[18]);
    }

    [Fact]
    public void Encode_ComboMarketData_WritesLegsBeforeDeltaNeutralFlag()
    {
        var condor = TwsContractCatalog.SpxIronCondor(11, 12, 13, 14);

        var (_, fields) = Frames.Split(TwsRequestEncoder.Encode(new RequestMarketData(5, condor), 193));

        Assert.Equal(
            ["4", "11", "1", "BUY", "SMART", "12", "1", "SELL", "SMART", "13", "1", "SELL", "SMART", "14", "1", "BUY", "SMART", "0"],
            fields.Skip(14).Take(18).ToArray());
        Assert.Equal(36, fields.Count);
    }
}
