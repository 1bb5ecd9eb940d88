using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>The execution seam: turns order commands into broker (or simulated) orders and reports what happened.</summary>
/// <remarks>
/// <para><b>Acknowledgement, not outcome.</b> <see cref="SubmitAsync"/> and <see cref="CancelAsync"/> return only an
/// <see cref="OrderAcknowledgement"/>: <see cref="AcknowledgementStatus.Accepted"/> means the adapter took the request
/// and will report its fate as events; <see cref="AcknowledgementStatus.Rejected"/> means it refused before anything
/// was created (no events follow, the id stays unused); <see cref="AcknowledgementStatus.Duplicate"/> means an order
/// with that <see cref="ClientOrderId"/> already exists, and nothing changed.</para>
/// <para><b>Events.</b> Each adapter is constructed with the <c>ChannelWriter&lt;ExecutionEvent&gt;</c> it reports
/// to, and writes, per order and in this order: <see cref="OrderAccepted"/> (or <see cref="OrderRejected"/>, or
/// <see cref="OrderWithheld"/> for an adapter that never executes), then any <see cref="OrderFilled"/>, then at most
/// one terminal <see cref="OrderCancelled"/>. Fills never precede the order's acceptance. Account events
/// (<see cref="PositionSettled"/>, <see cref="AccountStatementIssued"/>) share the same writer. A writer rather than a
/// reader the adapter exposes, so that every event source (adapter, execution pump) feeds one ordered stream that the
/// engine forwards to the inbound channel, and adapters need know nothing of the inbound envelope. The writer is
/// bounded with <c>Wait</c>: order truth is never dropped, and adapters never complete it (the host owns it).</para>
/// <para><b>Reconciliation.</b> <see cref="GetOpenOrdersAsync"/>, <see cref="GetPositionsAsync"/> and <see cref="FindOrderAsync"/> answer from the
/// venue's truth, so a restarted engine can rebuild its view and send nothing twice (crash-only recovery).</para>
/// <para>Expected refusals are acknowledgements, never exceptions; an exception means a fault the host should stop on.
/// Implementations are safe to call from several threads.</para>
/// </remarks>
public interface IExecutionAdapter
{
    /// <summary>Short name for logs and alerts: alerts-only, paper, ib.</summary>
    string Name { get; }

    /// <summary>The account orders go to: PAPER, ALERTS-ONLY, or a broker account such as DU1234567.</summary>
    string AccountId { get; }

    /// <summary>True when no real money is at risk (internal paper, alerts-only, a broker paper account).</summary>
    bool IsPaperAccount { get; }

    Task<OrderAcknowledgement> SubmitAsync(SubmitOrder order, CancellationToken cancellationToken);

    Task<OrderAcknowledgement> CancelAsync(CancelOrder cancel, CancellationToken cancellationToken);

    /// <summary>Orders still working (not filled, cancelled or rejected), oldest first.</summary>
    Task<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken);

    /// <summary>Non-zero positions, in a stable order.</summary>
    Task<IReadOnlyList<PositionReport>> GetPositionsAsync(CancellationToken cancellationToken);

    /// <summary>Where the order with <paramref name="clientOrderId"/> stands at the venue, or null when the venue has no record
    /// of it: the reconciliation query for an order whose acknowledgement a crash lost (was it sent before the crash?).</summary>
    Task<OrderStatus?> FindOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken);
}
