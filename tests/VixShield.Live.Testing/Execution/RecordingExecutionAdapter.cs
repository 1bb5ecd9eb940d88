using System.Globalization;
using System.Threading.Channels;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Testing.Execution;

/// <summary>An execution adapter that records every request and fills only when a test says so.</summary>
/// <remarks>Accepts new client order ids (writing <see cref="OrderAccepted"/>) unless <see cref="RejectWith"/> returns a
/// reason, answers repeats with <see cref="AcknowledgementStatus.Duplicate"/>, cancels working orders, and fills
/// through <see cref="FillAsync"/>. The account and its paper flag are chosen by the test, to exercise the safety gate.</remarks>
public sealed class RecordingExecutionAdapter(
    ChannelWriter<ExecutionEvent> events,
    TimeProvider timeProvider,
    string accountId = ExecutionAccounts.Paper,
    bool isPaperAccount = true) : IExecutionAdapter
{
    private readonly object sync = new();
    private readonly List<SubmitOrder> submitted = [];
    private readonly List<CancelOrder> cancelled = [];
    private readonly Dictionary<ClientOrderId, SubmitOrder> known = [];
    private readonly List<SubmitOrder> working = [];
    private readonly Dictionary<Instrument, int> positions = [];
    private readonly Dictionary<ClientOrderId, int> filled = [];
    private long fills;

    public string Name => "recording";

    public string AccountId { get; } = accountId;

    public bool IsPaperAccount { get; } = isPaperAccount;

    /// <summary>Returns a reason to reject an order in its acknowledgement, or null to accept it.</summary>
    public Func<SubmitOrder, string?>? RejectWith { get; set; }

    /// <summary>Every submit request, duplicates included.</summary>
    public IReadOnlyList<SubmitOrder> Submitted
    {
        get
        {
            lock (sync)
            {
                return [.. submitted];
            }
        }
    }

    /// <summary>Every cancel request.</summary>
    public IReadOnlyList<CancelOrder> Cancelled
    {
        get
        {
            lock (sync)
            {
                return [.. cancelled];
            }
        }
    }

    public async Task<OrderAcknowledgement> SubmitAsync(SubmitOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var now = timeProvider.GetCurrentInstant();
        lock (sync)
        {
            submitted.Add(order);
            if (known.ContainsKey(order.ClientOrderId))
            {
                return OrderAcknowledgement.Duplicate(order.ClientOrderId, $"{order.ClientOrderId} already recorded", now);
            }

            if (RejectWith?.Invoke(order) is { } reason)
            {
                return OrderAcknowledgement.Rejected(order.ClientOrderId, reason, now);
            }

            known.Add(order.ClientOrderId, order);
            working.Add(order);
        }

        await events.WriteAsync(new OrderAccepted(order.ClientOrderId, AccountId, now, order, "R-" + order.ClientOrderId), cancellationToken);
        return OrderAcknowledgement.Accepted(order.ClientOrderId, now);
    }

    public async Task<OrderAcknowledgement> CancelAsync(CancelOrder cancel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        var now = timeProvider.GetCurrentInstant();
        lock (sync)
        {
            cancelled.Add(cancel);
            if (working.RemoveAll(order => order.ClientOrderId == cancel.ClientOrderId) == 0)
            {
                return OrderAcknowledgement.Rejected(cancel.ClientOrderId, $"{cancel.ClientOrderId} is not working", now);
            }
        }

        await events.WriteAsync(new OrderCancelled(cancel.ClientOrderId, AccountId, now, cancel.Reason, 0), cancellationToken);
        return OrderAcknowledgement.Accepted(cancel.ClientOrderId, now);
    }

    /// <summary>Fills <paramref name="quantity"/> units (default: the rest) of a working order, every leg at
    /// <paramref name="legPrice"/>, without fees.</summary>
    public async Task<OrderFilled> FillAsync(ClientOrderId id, decimal legPrice, int? quantity = null, CancellationToken cancellationToken = default)
    {
        OrderFilled fill;
        lock (sync)
        {
            var order = working.Single(o => o.ClientOrderId == id);
            var units = quantity ?? (order.Quantity - filled.GetValueOrDefault(id));
            var cumulative = filled.GetValueOrDefault(id) + units;
            filled[id] = cumulative;
            var legs = order.Legs.Select(leg => new LegFill(leg.Instrument, leg.Side, units * leg.Ratio, legPrice, 0m)).ToList();
            foreach (var leg in legs)
            {
                positions[leg.Instrument] = positions.GetValueOrDefault(leg.Instrument) + ((leg.Side == OrderSide.Buy ? 1 : -1) * leg.Quantity);
            }

            var remaining = order.Quantity - cumulative;
            if (remaining == 0)
            {
                working.Remove(order);
            }

            var net = order.Legs.Sum(leg => leg.Sign * leg.Ratio * legPrice);
            fill = new OrderFilled(id, AccountId, timeProvider.GetCurrentInstant(), "RF-" + (++fills).ToString(CultureInfo.InvariantCulture),
                units, cumulative, remaining, net, legs);
        }

        await events.WriteAsync(fill, cancellationToken);
        return fill;
    }

    public Task<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            return Task.FromResult<IReadOnlyList<OrderReport>>(working
                .Select(order => new OrderReport(order, "R-" + order.ClientOrderId, AccountId, OrderStatus.Working, 0, null, timeProvider.GetCurrentInstant()))
                .ToList());
        }
    }

    public Task<OrderStatus?> FindOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            if (!known.TryGetValue(clientOrderId, out var order))
            {
                return Task.FromResult<OrderStatus?>(null);
            }

            var units = filled.GetValueOrDefault(clientOrderId);
            var status = working.Contains(order)
                ? units > 0 ? OrderStatus.PartiallyFilled : OrderStatus.Working
                : units == order.Quantity ? OrderStatus.Filled : OrderStatus.Cancelled;
            return Task.FromResult<OrderStatus?>(status);
        }
    }

    public Task<IReadOnlyList<PositionReport>> GetPositionsAsync(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            return Task.FromResult<IReadOnlyList<PositionReport>>(positions
                .Where(position => position.Value != 0)
                .Select(position => new PositionReport(AccountId, position.Key, position.Value, 0m, null, 0m, 0m))
                .ToList());
        }
    }
}
