using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Engine.Execution;

/// <summary>Carries order commands through the safety gate to the execution adapter, and execution events back to the
/// engine.</summary>
/// <remarks>
/// <para><see cref="RunAsync"/> reads the command channel in order: a <see cref="SubmitOrder"/> goes through
/// <see cref="ExecutionSafetyGate.TryApprove"/> and then to the adapter; a <see cref="CancelOrder"/> goes straight to
/// the adapter (cancels are always allowed); <see cref="ActivateKillSwitch"/> turns the gate's kill switch on and
/// cancels every working order. Outcomes the adapter does not report itself become events on the event channel: a
/// gate refusal or a rejected acknowledgement an <see cref="OrderRejected"/> (with the reason and values, which the
/// decision loop turns into an alert), a duplicate a <see cref="DuplicateOrderIgnored"/>, a refused cancel an
/// <see cref="OrderCancelRejected"/>. With the kill switch already on when it starts (configuration), the first thing
/// it does is cancel the working orders reconciliation finds; the working orders are cancelled once, however often
/// the switch is pressed.</para>
/// <para><see cref="ForwardEventsAsync"/> reads the event channel (adapter and pump events, in order), lets the gate
/// observe each one (fills, cancels and settlements move hedge exposure), and hands it to the engine's publish
/// callback, which wraps it for the inbound channel. One forwarder means one order of execution events.</para>
/// <para>Each loop returns when its channel completes; the host completes the command channel first, then, once the
/// adapter has stopped, the event channel. Adapter exceptions are faults and propagate (crash-only recovery).</para>
/// </remarks>
public sealed class ExecutionPump
{
    private readonly ExecutionChannels channels;
    private readonly IExecutionAdapter adapter;
    private readonly ExecutionSafetyGate gate;
    private readonly Func<ExecutionEvent, CancellationToken, ValueTask> publish;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private bool workingOrdersKilled;

    /// <param name="publish">Delivers one execution event to the engine (the host writes it to the inbound channel).</param>
    public ExecutionPump(
        ExecutionChannels channels,
        IExecutionAdapter adapter,
        ExecutionSafetyGate gate,
        Func<ExecutionEvent, CancellationToken, ValueTask> publish,
        TimeProvider timeProvider,
        ILogger<ExecutionPump> logger)
    {
        this.channels = channels ?? throw new ArgumentNullException(nameof(channels));
        this.adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        this.gate = gate ?? throw new ArgumentNullException(nameof(gate));
        this.publish = publish ?? throw new ArgumentNullException(nameof(publish));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public long OrdersSubmitted { get; private set; }

    public long OrdersRefused { get; private set; }

    public long CancelsSent { get; private set; }

    /// <summary>Turns the kill switch on at once (queued orders are refused from now on) and queues the cancel of every
    /// working order behind the commands already queued.</summary>
    public ValueTask ActivateKillSwitchAsync(string reason, CancellationToken cancellationToken)
    {
        gate.ActivateKillSwitch(reason);
        return channels.Commands.Writer.WriteAsync(new ActivateKillSwitch(reason), cancellationToken);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (gate.KillSwitchReason is { } reason)
        {
            await CancelWorkingOrdersAsync(reason, cancellationToken).ConfigureAwait(false);
        }

        var reader = channels.Commands.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var command))
            {
                await HandleAsync(command, cancellationToken).ConfigureAwait(false);
            }
        }

        logger.LogInformation("Execution pump drained: {Submitted} orders submitted to {Adapter}, {Refused} refused, {Cancels} cancels sent",
            OrdersSubmitted, adapter.Name, OrdersRefused, CancelsSent);
    }

    public async Task ForwardEventsAsync(CancellationToken cancellationToken)
    {
        var reader = channels.Events.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var executionEvent))
            {
                gate.Observe(executionEvent);
                await publish(executionEvent, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Handles one command now: what <see cref="RunAsync"/> does for each command it reads; called directly when the
    /// decision loop drives an in-process venue.</summary>
    public async Task HandleAsync(ExecutionCommand command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case SubmitOrder order:
                await SubmitAsync(order, cancellationToken).ConfigureAwait(false);
                break;
            case CancelOrder cancel:
                await CancelAsync(cancel, cancellationToken).ConfigureAwait(false);
                break;
            case ActivateKillSwitch kill:
                gate.ActivateKillSwitch(kill.Reason);
                if (!workingOrdersKilled)
                {
                    await CancelWorkingOrdersAsync(gate.KillSwitchReason!, cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                throw new InvalidOperationException($"The execution pump has no handler for {command.GetType().Name}.");
        }
    }

    private async Task SubmitAsync(SubmitOrder order, CancellationToken cancellationToken)
    {
        if (!gate.TryApprove(order, adapter, out var refusal))
        {
            OrdersRefused++;
            logger.LogWarning("{Reason}", refusal.Reason);
            await WriteAsync(new OrderRejected(order.ClientOrderId, adapter.AccountId, Now(), order, RejectionSource.SafetyGate, refusal.Reason, refusal.Values),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        OrdersSubmitted++;
        var acknowledgement = await adapter.SubmitAsync(order, cancellationToken).ConfigureAwait(false);
        gate.OnAcknowledged(order, acknowledgement);
        switch (acknowledgement.Status)
        {
            case AcknowledgementStatus.Rejected:
                var reason = $"{adapter.Name} rejected {order.ClientOrderId} ({order}): {acknowledgement.Reason}";
                logger.LogWarning("{Reason}", reason);
                await WriteAsync(new OrderRejected(order.ClientOrderId, adapter.AccountId, acknowledgement.Time, order, RejectionSource.Adapter, reason,
                    [AlertValue.Of("client_order_id", order.ClientOrderId.Value), AlertValue.Of("adapter", adapter.Name)]), cancellationToken).ConfigureAwait(false);
                break;
            case AcknowledgementStatus.Duplicate:
                await WriteAsync(new DuplicateOrderIgnored(order.ClientOrderId, adapter.AccountId, acknowledgement.Time, acknowledgement.Reason ?? "duplicate client order id"),
                    cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<bool> CancelAsync(CancelOrder cancel, CancellationToken cancellationToken)
    {
        CancelsSent++;
        var acknowledgement = await adapter.CancelAsync(cancel, cancellationToken).ConfigureAwait(false);
        if (acknowledgement.IsAccepted)
        {
            return true;
        }

        await WriteAsync(new OrderCancelRejected(cancel.ClientOrderId, adapter.AccountId, acknowledgement.Time, acknowledgement.Reason ?? "cancel rejected"),
            cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>Runs once: with the kill switch on no new order can start working, so one pass cancels them all.</summary>
    private async Task CancelWorkingOrdersAsync(string reason, CancellationToken cancellationToken)
    {
        workingOrdersKilled = true;
        var working = await adapter.GetOpenOrdersAsync(cancellationToken).ConfigureAwait(false);
        var cancelled = new List<ClientOrderId>(working.Count);
        foreach (var report in working)
        {
            if (await CancelAsync(new CancelOrder(report.ClientOrderId, "kill switch: " + reason), cancellationToken).ConfigureAwait(false))
            {
                cancelled.Add(report.ClientOrderId);
            }
        }

        logger.LogCritical("Kill switch on ({Reason}): {Cancelled} of {Working} working orders cancelled; no new orders will be sent",
            reason, cancelled.Count, working.Count);
        await WriteAsync(new KillSwitchActivated(adapter.AccountId, Now(), reason, cancelled), cancellationToken).ConfigureAwait(false);
    }

    private ValueTask WriteAsync(ExecutionEvent executionEvent, CancellationToken cancellationToken) =>
        channels.Events.Writer.WriteAsync(executionEvent, cancellationToken);

    private Instant Now() => timeProvider.GetCurrentInstant();
}
