using System.Globalization;

namespace VixShield.Live.Testing.Tws;

/// <summary>
/// A stateful order venue behind a <see cref="FakeTwsServer"/>: answers contract lookups, places, fills and cancels
/// orders against fixed bid/ask quotes, and answers open-order, execution and position queries from its own state,
/// across connections (so a restarted client finds what it left behind).
/// </summary>
/// <remarks>
/// It handles the server's recorded requests one by one in arrival order, so its answers keep TWS's ordering: every
/// reply to an order precedes the reply to a later query. A limit order fills at once, at the touch, when the touch is
/// at or inside its limit (all of a combo at once); otherwise it rests until cancelled. Contracts it does not know are
/// rejected with error 201. Each execution is followed by its COMMISSION_REPORT of <see cref="CommissionPerContract"/>
/// per contract; <see cref="FillReporting"/> says whether executions come before, after or without ORDER_STATUS Filled.
/// NEXT_VALID_ID is above every order id the venue has seen, as TWS's is.
/// </remarks>
public sealed class FakeTwsVenue : IAsyncDisposable
{
    private const int ServerVersion = FakeTwsServerOptions.DefaultServerVersion;
    private readonly FakeTwsServer server;
    private readonly IReadOnlyList<FakeTwsVenueContract> contracts;
    private readonly HashSet<FakeTwsRequest> handled = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, VenueOrder> orders = [];
    private readonly Dictionary<int, decimal> positions = [];
    private readonly Dictionary<int, decimal> costs = [];
    private readonly List<VenueExecution> executions = [];
    private readonly object gate = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private long nextPermId = 5_000_000_000;
    private int nextExecution;

    public FakeTwsVenue(FakeTwsServer server, IReadOnlyList<FakeTwsVenueContract> contracts, string account = "DU1234567")
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(contracts);
        this.server = server;
        this.contracts = contracts;
        Account = account;
        server.NextValidIdSource = NextValidId;
        loop = Task.Run(RunAsync);
    }

    public string Account { get; }

    /// <summary>Dollars of commission per contract traded.</summary>
    public decimal CommissionPerContract { get; init; } = 1.05m;

    /// <summary>When true, orders never fill (every order rests), e.g. to test cancels of any order.</summary>
    public bool NeverFill { get; set; }

    /// <summary>Units of an order filled at placement when it is marketable (0: all); the rest rests until
    /// <see cref="FillRestingOrdersAsync"/>.</summary>
    public int FillAtMost { get; set; }

    /// <summary>How fills are reported (executions with or without ORDER_STATUS, in which order).</summary>
    public FakeTwsFillReporting FillReporting { get; set; }

    /// <summary>When true, the next PLACE_ORDER is recorded by the server but never reaches the venue, as an order
    /// written just before the connection broke.</summary>
    public bool LoseNextOrder { get; set; }

    /// <summary>Makes executions withheld under <see cref="FakeTwsFillReporting.StatusOnlyExecutionsWithheld"/> available
    /// to REQ_EXECUTIONS (nothing is pushed).</summary>
    public void ReleaseWithheldExecutions()
    {
        lock (gate)
        {
            foreach (var execution in executions)
            {
                execution.IsVisible = true;
            }
        }
    }

    /// <summary>Fills what is left of every resting order that is marketable at the touch, and tells the client.</summary>
    public async Task FillRestingOrdersAsync(CancellationToken cancellationToken)
    {
        var replies = new List<FakeTwsMessage>();
        lock (gate)
        {
            foreach (var order in orders.Values.Where(o => o.Status == "Submitted" && IsMarketable(o)))
            {
                replies.AddRange(Fill(order, order.Quantity - order.Filled));
            }
        }

        foreach (var reply in replies)
        {
            await server.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Cancels every resting order without telling the client, as TWS does with DAY orders at the close while
    /// the client is away; the client learns it only from REQ_COMPLETED_ORDERS.</summary>
    public void CancelRestingOrdersSilently()
    {
        lock (gate)
        {
            foreach (var order in orders.Values.Where(o => o.Status == "Submitted"))
            {
                order.Status = "Cancelled";
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the next request.
        }

        stopping.Dispose();
    }

    private async Task RunAsync()
    {
        while (true)
        {
            var request = await server.WaitForRequestAsync(r => !handled.Contains(r), stopping.Token).ConfigureAwait(false);
            handled.Add(request);
            List<FakeTwsMessage> replies;
            lock (gate)
            {
                replies = Answer(request);
            }

            try
            {
                foreach (var reply in replies)
                {
                    await server.SendAsync(reply, stopping.Token).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // The client went away before the answer; a restarted client asks again.
            }
        }
    }

    private List<FakeTwsMessage> Answer(FakeTwsRequest request) => request.Name switch
    {
        "REQ_CONTRACT_DATA" => LookUp(request),
        "PLACE_ORDER" => Place(request),
        "CANCEL_ORDER" => Cancel(request),
        "REQ_OPEN_ORDERS" or "REQ_ALL_OPEN_ORDERS" => OpenOrders(),
        "REQ_EXECUTIONS" => Executions(request),
        "REQ_COMPLETED_ORDERS" => CompletedOrders(),
        "REQ_POSITIONS" => [.. positions.Where(p => p.Value != 0m).Select(p => FakeTwsOrderMessages.Position(
            Account, contracts.Single(c => c.ConId == p.Key), p.Value, costs[p.Key] / p.Value)), FakeTwsOrderMessages.PositionsEnd()],
        _ => [],
    };

    private List<FakeTwsMessage> LookUp(FakeTwsRequest request)
    {
        var requestId = Int(request.Field("reqId")!);
        var conId = request.Field("conId") is { Length: > 0 } text ? Int(text) : 0;
        var match = conId != 0
            ? contracts.FirstOrDefault(c => c.ConId == conId)
            : Find(request.Field("symbol"), request.Field("secType"), request.Field("lastTradeDateOrContractMonth"),
                request.Field("strike"), request.Field("right"), request.Field("tradingClass"));
        return match is null
            ? [FakeTwsMessages.Error(requestId, 200, "No security definition has been found for the request", ServerVersion)]
            : [FakeTwsOrderMessages.ContractData(requestId, match), FakeTwsOrderMessages.ContractDataEnd(requestId)];
    }

    private List<FakeTwsMessage> Place(FakeTwsRequest request)
    {
        var fields = request.Fields;
        var orderId = Int(fields[0]);
        if (LoseNextOrder)
        {
            LoseNextOrder = false;
            return [];
        }

        var isCombo = fields[3] == "BAG";
        var legs = new List<(FakeTwsVenueContract Contract, int Ratio, int Sign)>();
        if (isCombo)
        {
            var count = Int(fields[34]);
            for (var i = 0; i < count; i++)
            {
                var at = 35 + (i * 8);
                var contract = contracts.FirstOrDefault(c => c.ConId == Int(fields[at]));
                if (contract is null)
                {
                    return [Reject(orderId, $"combo leg conId {fields[at]} is unknown")];
                }

                legs.Add((contract, Int(fields[at + 1]), fields[at + 2] == "BUY" ? 1 : -1));
            }
        }
        else
        {
            var contract = Find(fields[2], fields[3], fields[4], fields[5], fields[6], fields[12]);
            if (contract is null)
            {
                return [Reject(orderId, $"no market data for {fields[2]} {fields[3]}")];
            }

            legs.Add((contract, 1, 1));
        }

        var orderSign = fields[15] == "BUY" ? 1 : -1;
        var quantity = (int)Dec(fields[16]);
        var order = new VenueOrder(orderId, nextPermId++, legs, orderSign, quantity, fields[18], fields[20], fields[25]);
        orders[orderId] = order;
        var replies = new List<FakeTwsMessage> { Status(order, "Submitted") };
        if (NeverFill || !IsMarketable(order))
        {
            return replies;
        }

        replies.AddRange(Fill(order, FillAtMost > 0 ? Math.Min(quantity, FillAtMost) : quantity));
        return replies;
    }

    /// <summary>The combo's price as defined (legs bought as written), at the side each leg actually trades on.</summary>
    private static decimal Touch(VenueOrder order)
        => order.Legs.Sum(leg => leg.Sign * leg.Ratio * (leg.Sign * order.Sign > 0 ? leg.Contract.Ask : leg.Contract.Bid));

    private static bool IsMarketable(VenueOrder order) => order.Sign * Touch(order) <= order.Sign * Dec(order.LimitText);

    /// <summary>Fills <paramref name="units"/> more of <paramref name="order"/> at the touch: per leg an execution and its
    /// commission, and the order's status, in the order <see cref="FillReporting"/> says.</summary>
    private List<FakeTwsMessage> Fill(VenueOrder order, int units)
    {
        var touch = Touch(order);
        var fills = new List<FakeTwsMessage>();
        foreach (var leg in order.Legs)
        {
            var side = leg.Sign * order.Sign;
            var price = side > 0 ? leg.Contract.Ask : leg.Contract.Bid;
            var shares = units * leg.Ratio;
            var executionId = string.Create(CultureInfo.InvariantCulture, $"0000e0d5.{++nextExecution:D4}");
            var execution = FakeTwsMessages.ExecutionData(
                -1, order.OrderId, leg.Contract.ConId, leg.Contract.Symbol, leg.Contract.SecurityType, executionId, side > 0 ? "BOT" : "SLD",
                Text(shares), Text(price), order.PermId, 8, Account, order.Reference);
            var commission = FakeTwsOrderMessages.CommissionReport(executionId, CommissionPerContract * shares);
            executions.Add(new VenueExecution(execution, commission, 8) { IsVisible = FillReporting != FakeTwsFillReporting.StatusOnlyExecutionsWithheld });
            fills.Add(execution);
            fills.Add(commission);
            positions[leg.Contract.ConId] = positions.GetValueOrDefault(leg.Contract.ConId) + (side * shares);
            costs[leg.Contract.ConId] = costs.GetValueOrDefault(leg.Contract.ConId) + (side * shares * price * Dec(leg.Contract.Multiplier));
        }

        order.AveragePrice = ((order.AveragePrice * order.Filled) + (touch * units)) / (order.Filled + units);
        order.Filled += units;
        order.Status = order.Filled == order.Quantity ? "Filled" : "Submitted";
        var status = Status(order, order.Status);
        return FillReporting switch
        {
            FakeTwsFillReporting.ExecutionsThenStatus => [.. fills, status],
            FakeTwsFillReporting.StatusThenExecutions => [status, .. fills],
            _ => [status],
        };
    }

    private List<FakeTwsMessage> Cancel(FakeTwsRequest request)
    {
        var orderId = Int(request.Fields[0]);
        if (!orders.TryGetValue(orderId, out var order) || order.Status != "Submitted")
        {
            return [FakeTwsMessages.Error(orderId, 10148, $"OrderId {orderId} that needs to be cancelled cannot be cancelled, state: {order?.Status ?? "unknown"}.", ServerVersion)];
        }

        order.Status = "Cancelled";
        return [FakeTwsMessages.Error(orderId, 202, "Order Canceled - reason:", ServerVersion), Status(order, "Cancelled")];
    }

    /// <summary>REQ_EXECUTIONS: the visible executions of the filter's client id (0: all), each with its commission.</summary>
    private List<FakeTwsMessage> Executions(FakeTwsRequest request)
    {
        var requestId = Int(request.Field("reqId")!);
        var clientId = Int(request.Field("clientId")!);
        return
        [
            .. executions.Where(e => e.IsVisible && (clientId == 0 || e.ClientId == clientId))
                .SelectMany(e => new[] { Reissue(e.Execution, requestId), e.Commission }),
            FakeTwsOrderMessages.ExecutionsEnd(requestId),
        ];
    }

    private List<FakeTwsMessage> CompletedOrders()
    {
        var replies = new List<FakeTwsMessage>();
        foreach (var order in orders.Values.Where(o => o.Status is "Filled" or "Cancelled"))
        {
            var isCombo = order.Legs.Count > 1;
            replies.Add(FakeTwsOrderMessages.CompletedOrder(
                isCombo ? null : order.Legs[0].Contract,
                order.Sign > 0 ? "BUY" : "SELL",
                order.Quantity,
                order.LimitText,
                order.TimeInForce,
                Account,
                order.Reference,
                order.PermId,
                order.Status,
                order.Filled,
                order.Status == "Filled" ? $"Filled Size: {order.Filled}" : "Cancelled by Trader",
                isCombo ? order.Legs.Select(l => (l.Contract.ConId, l.Ratio, l.Sign > 0 ? "BUY" : "SELL")).ToList() : []));
        }

        replies.Add(FakeTwsOrderMessages.CompletedOrdersEnd());
        return replies;
    }

    private List<FakeTwsMessage> OpenOrders()
    {
        var replies = new List<FakeTwsMessage>();
        foreach (var order in orders.Values.Where(o => o.Status == "Submitted"))
        {
            var isCombo = order.Legs.Count > 1;
            replies.Add(FakeTwsOrderMessages.OpenOrder(
                order.OrderId,
                isCombo ? null : order.Legs[0].Contract,
                order.Sign > 0 ? "BUY" : "SELL",
                order.Quantity,
                order.LimitText,
                order.TimeInForce,
                Account,
                order.Reference,
                8,
                order.PermId,
                isCombo ? order.Legs.Select(l => (l.Contract.ConId, l.Ratio, l.Sign > 0 ? "BUY" : "SELL")).ToList() : []));
            replies.Add(Status(order, order.Status));
        }

        replies.Add(FakeTwsOrderMessages.OpenOrdersEnd());
        return replies;
    }

    private int NextValidId()
    {
        lock (gate)
        {
            return orders.Count == 0 ? server.Options.NextValidId : Math.Max(server.Options.NextValidId, orders.Keys.Max() + 1);
        }
    }

    private FakeTwsVenueContract? Find(string? symbol, string? securityType, string? expiry, string? strike, string? right, string? tradingClass)
        => contracts.FirstOrDefault(c =>
            c.Symbol == symbol
            && c.SecurityType == securityType
            && c.LastTradeDateOrContractMonth == (expiry ?? string.Empty)
            && c.Strike == (string.IsNullOrEmpty(strike) ? null : Dec(strike))
            && c.Right == (right ?? string.Empty)
            && (string.IsNullOrEmpty(tradingClass) || c.TradingClass == tradingClass));

    private static FakeTwsMessage Reject(int orderId, string reason)
        => FakeTwsMessages.Error(orderId, 201, "Order rejected - reason:" + reason, ServerVersion);

    private static FakeTwsMessage Status(VenueOrder order, string status)
        => FakeTwsMessages.OrderStatus(order.OrderId, status, Text(order.Filled), Text(order.Quantity - order.Filled),
            Text(order.AveragePrice), order.PermId, Text(order.AveragePrice), 8);

    /// <summary>The execution as the answer to REQ_EXECUTIONS <paramref name="requestId"/> (its first field is the request id).</summary>
    private static FakeTwsMessage Reissue(FakeTwsMessage execution, int requestId)
        => execution with { Fields = [Text(requestId), .. execution.Fields.Skip(1)] };

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static decimal Dec(string text) => text.Length == 0 ? 0m : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class VenueOrder(
        int orderId, long permId, IReadOnlyList<(FakeTwsVenueContract Contract, int Ratio, int Sign)> legs, int sign, int quantity,
        string limitText, string timeInForce, string reference)
    {
        public int OrderId { get; } = orderId;

        public long PermId { get; } = permId;

        public IReadOnlyList<(FakeTwsVenueContract Contract, int Ratio, int Sign)> Legs { get; } = legs;

        public int Sign { get; } = sign;

        public int Quantity { get; } = quantity;

        public string LimitText { get; } = limitText;

        public string TimeInForce { get; } = timeInForce;

        public string Reference { get; } = reference;

        public string Status { get; set; } = "Submitted";

        public int Filled { get; set; }

        public decimal AveragePrice { get; set; }
    }

    private sealed class VenueExecution(FakeTwsMessage execution, FakeTwsMessage commission, int clientId)
    {
        public FakeTwsMessage Execution { get; } = execution;

        public FakeTwsMessage Commission { get; } = commission;

        public int ClientId { get; } = clientId;

        public bool IsVisible { get; set; }
    }
}
