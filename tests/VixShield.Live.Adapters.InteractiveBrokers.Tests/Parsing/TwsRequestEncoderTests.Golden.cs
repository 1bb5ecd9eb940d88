using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Parsing;

/// <summary>Our encoding of each recorded request equals the reference client's, field for field (brief §5, golden c2s).</summary>
public sealed partial class TwsRequestEncoderTests
{
    /// <summary>What the reference client was asked to send in each scenario, as our typed requests.</summary>
    private static readonly Dictionary<string, TwsRequest[]> ScenarioRequests = new(StringComparer.Ordinal)
    {
        ["quotes"] =
        [
            new StartApi(7),
            new SetMarketDataType(TwsMarketDataType.Delayed),
            new RequestMarketData(1001, TwsContractCatalog.SpxIndex),
            new RequestMarketData(1002, TwsContractCatalog.VixIndex),
            new CancelMarketData(1001),
            new CancelMarketData(1002),
        ],
        ["condor"] =
        [
            new StartApi(7),
            new PlaceOrder(
                1,
                TwsContractCatalog.SpxIronCondor(800000001, 800000002, 800000003, 800000004),
                new TwsOrder { Action = TwsOrderAction.Buy, TotalQuantity = 1m, OrderType = TwsOrderType.Limit, LimitPrice = -2.35m }),
        ],
        ["vixcall"] =
        [
            new StartApi(7),
            new PlaceOrder(
                1,
                TwsContractCatalog.VixOption(new LocalDate(2026, 10, 21), 25m, TwsOptionRight.Call),
                new TwsOrder { Action = TwsOrderAction.Buy, TotalQuantity = 1m, OrderType = TwsOrderType.Limit, LimitPrice = 1.25m }),
            new CancelOrder(1),
        ],
        ["refdata"] =
        [
            new StartApi(7),
            new RequestNextValidId(),
            new RequestCurrentTime(),
            new RequestContractDetails(2001, TwsContractCatalog.SpxwOption(new LocalDate(2026, 10, 16), 6400m, TwsOptionRight.Put)),
            new RequestOptionChain(2002, "SPX", string.Empty, TwsSecurityType.Index, 416904),
            new RequestHistoricalData(2003, TwsContractCatalog.SpxIndex, string.Empty, "5 mins", "1 D", true, "TRADES"),
            new RequestPositions(),
            new SetMarketDataType(TwsMarketDataType.Delayed),
            new RequestMarketData(2004, TwsContractCatalog.SpxwOption(new LocalDate(2026, 10, 16), 6400m, TwsOptionRight.Put), "100,101,106"),
            new CancelMarketData(2004),
        ],
    };

    public static TheoryData<string> Scenarios => new(TwsGoldenScenario.Names);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Encode_GoldenScenario_MatchesRecordedFieldsWithOfficialSentinels(string scenarioName)
    {
        var scenario = TwsGoldenScenario.Load(scenarioName);
        var requests = ScenarioRequests[scenarioName];
        Assert.Equal(scenario.ClientMessages.Count, requests.Length);

        for (var i = 0; i < requests.Length; i++)
        {
            var recorded = scenario.ClientMessages[i];
            var (messageId, fields) = Frames.Split(TwsRequestEncoder.Encode(requests[i], scenario.NegotiatedVersion));

            Assert.Equal(recorded.MessageId, messageId);
            Assert.True(
                recorded.Fields.Count == fields.Count,
                $"{scenarioName} {recorded.Name}: {fields.Count} fields encoded, {recorded.Fields.Count} recorded");
            for (var position = 0; position < fields.Count; position++)
            {
                var label = recorded.Labels[position];
                var expected = OfficialValues.Expected(recorded)[position];
                Assert.True(
                    expected == fields[position],
                    $"{scenarioName} {recorded.Name} field #{position + 1} '{label}': expected '{expected}', encoded '{fields[position]}'");
            }
        }
    }

    [Fact]
    public void CreateClientHello_Always_IsApiPrefixLengthAndRecordedVersionText()
    {
        var expected = new byte[] { 0x41, 0x50, 0x49, 0x00, 0x00, 0x00, 0x00, 0x09 }
            .Concat("v100..193"u8.ToArray())
            .ToArray();

        var sut = TwsHandshake.CreateClientHello();

        Assert.Equal(expected, sut);
        Assert.All(TwsGoldenScenario.Names, name => Assert.Equal(TwsGoldenScenario.Load(name).HandshakeVersionText, TwsHandshake.VersionRangeText));
    }
}
