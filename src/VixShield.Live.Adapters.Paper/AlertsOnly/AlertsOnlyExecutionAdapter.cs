using System.Threading.Channels;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.Paper.AlertsOnly;

/// <summary>The default execution adapter on a fresh install: it executes nothing, and every order becomes an
/// <see cref="OrderWithheld"/> event, which the engine turns into a "would submit ..." alert.</summary>
/// <remarks>
/// It keeps the seam's promises so the engine need not special-case it: a submit is acknowledged
/// <see cref="AcknowledgementStatus.Accepted"/> (taken, and its outcome, withheld, follows as an event), the same
/// client order id twice is a <see cref="AcknowledgementStatus.Duplicate"/> with no second alert, a cancel is rejected
/// (no order ever works), and there are no open orders or positions to reconcile. Lives beside the paper broker rather
/// than in the engine because it is an adapter, and adapters are chosen by the host from configuration.
/// </remarks>
public sealed class AlertsOnlyExecutionAdapter : IExecutionAdapter
{
    public const string AdapterName = "alerts-only";

    private readonly ChannelWriter<ExecutionEvent> events;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly HashSet<ClientOrderId> seen = [];

    public AlertsOnlyExecutionAdapter(ChannelWriter<ExecutionEvent> events, TimeProvider timeProvider)
    {
        this.events = events ?? throw new ArgumentNullException(nameof(events));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public string Name => AdapterName;

    public string AccountId => ExecutionAccounts.AlertsOnly;

    public bool IsPaperAccount => true;

    public async Task<OrderAcknowledgement> SubmitAsync(SubmitOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = timeProvider.GetCurrentInstant();
            if (seen.Contains(order.ClientOrderId))
            {
                return OrderAcknowledgement.Duplicate(order.ClientOrderId, $"client order id {order.ClientOrderId} was already alerted; not alerted again", now);
            }

            await events.WriteAsync(
                new OrderWithheld(order.ClientOrderId, AccountId, now, order, $"alerts-only mode (Execution:Adapter=alerts-only): would submit {order}"),
                cancellationToken).ConfigureAwait(false);
            seen.Add(order.ClientOrderId);
            return OrderAcknowledgement.Accepted(order.ClientOrderId, now);
        }
        finally
        {
            turn.Release();
        }
    }

    public Task<OrderAcknowledgement> CancelAsync(CancelOrder cancel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        return Task.FromResult(OrderAcknowledgement.Rejected(
            cancel.ClientOrderId, $"alerts-only mode sends no orders, so {cancel.ClientOrderId} is not working", timeProvider.GetCurrentInstant()));
    }

    public Task<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OrderReport>>([]);

    public Task<IReadOnlyList<PositionReport>> GetPositionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PositionReport>>([]);

    /// <summary>An order alerted (withheld) in this process; the alerts-only mode keeps no record across restarts, since it
    /// sends nothing that could be sent twice.</summary>
    public async Task<OrderStatus?> FindOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return seen.Contains(clientOrderId) ? OrderStatus.Withheld : null;
        }
        finally
        {
            turn.Release();
        }
    }
}
