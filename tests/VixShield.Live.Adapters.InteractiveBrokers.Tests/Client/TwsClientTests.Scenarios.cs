using NodaTime;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Client;

/// <summary>The golden scenarios replayed over a real socket: the wire matches the recordings, the events flow.</summary>
public sealed partial class TwsClientTests
{
    [Fact]
    public async Task ConnectAsync_FakeServer_HandshakesAndPublishesStartupInOrder()
    {
        await using var server = StartServer();
        var clock = new ManualTimeProvider(Start);
        await using var sut = CreateClient(server, clock);
        var log = new EventLog(sut.Events);

        await sut.ConnectAsync(Guard);
        await log.NextAsync<ErrorMessageReceived>(Guard, e => e.Code == 2158);

        Assert.Equal("v100..193", await server.Connections[0].HelloReceived);
        AssertStartup(log);
        Assert.Equal(
            [TwsConnectionNotice.MarketDataFarmConnected, TwsConnectionNotice.HistoricalDataFarmConnected, TwsConnectionNotice.SecurityDefinitionFarmConnected],
            log.OfType<ErrorMessageReceived>().Select(e => e.Notice));
        Assert.True(sut.IsConnected);
        Assert.Equal(193, sut.ServerVersion);
        var start = Assert.Single(server.Requests);
        Assert.Equal("START_API", start.Name);
        Assert.Equal(["2", "7", ""], start.Fields);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_QuotesScenario_WireMatchesGoldenAndTicksFlow(bool serverWritesByteByByte)
    {
        var scenario = TwsGoldenScenario.Load("quotes");
        await using var server = StartServer("quotes");
        server.WriteByteByByte = serverWritesByteByByte;
        var clock = new ManualTimeProvider(Start);
        await using var sut = CreateClient(server, clock);
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);

        await SendRestedAsync(sut, clock, new SetMarketDataType(TwsMarketDataType.Delayed), Guard);
        await SendRestedAsync(sut, clock, new RequestMarketData(1001, TwsContractCatalog.SpxIndex), Guard);
        await SendRestedAsync(sut, clock, new RequestMarketData(1002, TwsContractCatalog.VixIndex), Guard);
        await SendRestedAsync(sut, clock, new CancelMarketData(1001), Guard);
        await SendRestedAsync(sut, clock, new CancelMarketData(1002), Guard);
        await server.WaitForRequestAsync(r => r.Name == "CANCEL_MKT_DATA" && r.Fields[1] == "1002", Guard);
        await log.NextAsync<TickPriceReceived>(Guard, t => t.RequestId == 1001 && t.Price == 6564.2m);
        await log.NextAsync<TickPriceReceived>(Guard, t => t.RequestId == 1002 && t.Price == 16.93m);

        AssertWireMatchesGolden(server, scenario);
        AssertStartup(log);
        Assert.Equal(
            [6551.37m, 6560.02m, 6571.9m, 6549.12m, 6563.45m, 6563.1m, 6563.8m, 6563.91m, 6564.2m],
            log.OfType<TickPriceReceived>().Where(t => t.RequestId == 1001).Select(t => t.Price));
        Assert.Contains(log.Seen, e => e is MarketDataTypeReceived { RequestId: 1001, MarketDataType: TwsMarketDataType.Live });
        Assert.Contains(log.Seen, e => e is MarketDataTypeReceived { RequestId: 1002, MarketDataType: TwsMarketDataType.Delayed });
        Assert.Contains(log.Seen, e => e is ErrorMessageReceived { Id: 1002, Notice: TwsConnectionNotice.DelayedDataInstead });
        Assert.Contains(log.Seen, e => e is TickStringReceived { RequestId: 1002, TickType: TwsTickType.DelayedLastTimestamp, Value: "1792158300" });
    }

    [Fact]
    public async Task SendAsync_CondorOrder_RoundTripsToFilledWithExecution()
    {
        var scenario = TwsGoldenScenario.Load("condor");
        await using var server = StartServer("condor");
        var clock = new ManualTimeProvider(Start);
        await using var sut = CreateClient(server, clock);
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);
        var orderId = sut.AllocateOrderId();
        var order = new TwsOrder { Action = TwsOrderAction.Buy, TotalQuantity = 1m, OrderType = TwsOrderType.Limit, LimitPrice = -2.35m };

        await SendRestedAsync(sut, clock, new PlaceOrder(orderId, TwsContractCatalog.SpxIronCondor(800000001, 800000002, 800000003, 800000004), order), Guard);
        var filled = await log.NextAsync<OrderStatusChanged>(Guard, s => s.Status == TwsOrderStatus.Filled);
        await server.SendAsync(
            FakeTwsMessages.ExecutionData(-1, orderId, 28812380, "SPX", "BAG", "0001.bag.01", "BOT", "1", "-2.35", 1234567890, 7),
            Guard);
        var execution = await log.NextAsync<ExecutionReceived>(Guard);

        AssertWireMatchesGolden(server, scenario);
        Assert.Equal(
            [TwsOrderStatus.PreSubmitted, TwsOrderStatus.Submitted, TwsOrderStatus.Filled],
            log.OfType<OrderStatusChanged>().Select(s => s.Status));
        Assert.Equal((1, 1m, 0m, -2.35m, 1234567890L, true), (filled.OrderId, filled.Filled, filled.Remaining, filled.AverageFillPrice, filled.PermId, filled.IsTerminal));
        Assert.Equal((orderId, "BAG", "BOT", 1m, -2.35m), (execution.OrderId, execution.Contract.SecurityType, execution.Execution.Side, execution.Execution.Shares, execution.Execution.Price));
    }

    [Fact]
    public async Task SendAsync_VixCallThenCancel_ReportsTheCancellation()
    {
        var scenario = TwsGoldenScenario.Load("vixcall");
        await using var server = StartServer("vixcall");
        var clock = new ManualTimeProvider(Start);
        await using var sut = CreateClient(server, clock);
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);
        var order = new TwsOrder { Action = TwsOrderAction.Buy, TotalQuantity = 1m, OrderType = TwsOrderType.Limit, LimitPrice = 1.25m };

        await SendRestedAsync(sut, clock, new PlaceOrder(1, TwsContractCatalog.VixOption(new LocalDate(2026, 10, 21), 25m, TwsOptionRight.Call), order), Guard);
        await log.NextAsync<OrderStatusChanged>(Guard, s => s.Status == TwsOrderStatus.Submitted);
        await SendRestedAsync(sut, clock, new CancelOrder(1), Guard);
        var cancelled = await log.NextAsync<OrderStatusChanged>(Guard, s => s.Status == TwsOrderStatus.Cancelled);

        AssertWireMatchesGolden(server, scenario);
        Assert.Contains(log.Seen, e => e is ErrorMessageReceived { Id: 1, Code: 202 });
        Assert.True(cancelled.IsTerminal);
    }

    [Fact]
    public async Task SendAsync_ReferenceDataScenario_ContractsChainHistoryPositionsAndGreeksArrive()
    {
        var scenario = TwsGoldenScenario.Load("refdata");
        await using var server = StartServer("refdata");
        var clock = new ManualTimeProvider(Start);
        await using var sut = CreateClient(server, clock);
        var log = new EventLog(sut.Events);
        await sut.ConnectAsync(Guard);
        var put = TwsContractCatalog.SpxwOption(new LocalDate(2026, 10, 16), 6400m, TwsOptionRight.Put);

        await SendRestedAsync(sut, clock, new RequestNextValidId(), Guard);
        await SendRestedAsync(sut, clock, new RequestCurrentTime(), Guard);
        await SendRestedAsync(sut, clock, new RequestContractDetails(2001, put), Guard);
        await SendRestedAsync(sut, clock, new RequestOptionChain(2002, "SPX", string.Empty, TwsSecurityType.Index, 416904), Guard);
        await SendRestedAsync(sut, clock, new RequestHistoricalData(2003, TwsContractCatalog.SpxIndex, string.Empty, "5 mins", "1 D", true, "TRADES"), Guard);
        await SendRestedAsync(sut, clock, new RequestPositions(), Guard);
        await SendRestedAsync(sut, clock, new SetMarketDataType(TwsMarketDataType.Delayed), Guard);
        await SendRestedAsync(sut, clock, new RequestMarketData(2004, put, "100,101,106"), Guard);
        await SendRestedAsync(sut, clock, new CancelMarketData(2004), Guard);
        await log.NextAsync<OptionComputationReceived>(Guard, o => o.TickType == TwsTickType.LastOptionComputation);

        AssertWireMatchesGolden(server, scenario);
        Assert.Equal(Instant.FromUnixTimeSeconds(1792158300), Assert.Single(log.OfType<CurrentTimeReceived>()).ServerTime);
        Assert.Equal(800000002, Assert.Single(log.OfType<ContractDetailsReceived>()).Details.Contract.ConId);
        Assert.Single(log.OfType<ContractDetailsEnded>());
        Assert.Equal(["SPXW", "SPX"], log.OfType<OptionChainReceived>().Select(c => c.TradingClass));
        Assert.Equal([6561m, 6570.2m, 6552.3m], Assert.Single(log.OfType<HistoricalDataReceived>()).Bars.Select(b => b.Close));
        Assert.Equal([-1m, 1m], log.OfType<PositionReceived>().Select(p => p.Position));
        Assert.Single(log.OfType<PositionsEnded>());
        var model = log.OfType<OptionComputationReceived>().Single(o => o.TickType == TwsTickType.ModelOptionComputation);
        Assert.Equal((0.1873, -0.0722, 6563.45), (model.ImpliedVolatility, model.Delta, model.UnderlyingPrice));
    }

    [Fact]
    public async Task ConnectAsync_ServerAt187_NegotiatesItAndEncodesForIt()
    {
        await using var server = StartServer(serverVersion: 187);
        var clock = new ManualTimeProvider(Start);
        await using var sut = CreateClient(server, clock);
        var log = new EventLog(sut.Events);

        await sut.ConnectAsync(Guard);
        await log.NextAsync<ConnectionEstablished>(Guard);
        await SendRestedAsync(sut, clock, new CancelOrder(5), Guard);
        var cancel = await server.WaitForRequestAsync(r => r.Name == "CANCEL_ORDER", Guard);

        AssertStartup(log, serverVersion: 187);
        Assert.Equal(187, sut.ServerVersion);
        Assert.Equal(["1", "5", "", "", "", "2147483647"], cancel.Fields);
    }

    [Fact]
    public async Task AllocateOrderId_AfterNextValidId_StartsThereAndNeverRepeats()
    {
        await using var server = FakeTwsServer.Start(new FakeTwsServerOptions { NextValidId = 41 });
        await using var sut = CreateClient(server, new ManualTimeProvider(Start));
        Assert.Throws<InvalidOperationException>(() => sut.AllocateOrderId());

        await sut.ConnectAsync(Guard);

        Assert.Equal([41, 42, 43], new[] { sut.AllocateOrderId(), sut.AllocateOrderId(), sut.AllocateOrderId() });
    }
}
