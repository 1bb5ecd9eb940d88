using System.Globalization;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>The dispatch loop: the only reader of the client's events and the only writer of execution events, so the
/// events of each order keep TWS's order.</summary>
public sealed partial class InteractiveBrokersExecutionAdapter
{
    private const int OrderRejectedCode = 201;
    private const int OrderCancelledCode = 202;
    private const int NoSecurityDefinitionCode = 200;
    private const int CancelNotPossibleCode = 161;
    private const int CancelRefusedCode = 10148;
    private const int OrderWarningCode = 399;
    private const int FirstNoticeCode = 2000;

    private async Task DispatchAsync(CancellationToken stopping)
    {
        Exception? ended = null;
        try
        {
            await foreach (var message in client.Events.ReadAllAsync(stopping).ConfigureAwait(false))
            {
                var output = Handle(message);
                foreach (var executionEvent in output)
                {
                    await events.WriteAsync(executionEvent, stopping).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Disposed.
        }
        catch (TwsConnectionException exception)
        {
            ended = exception;
            LogGaveUp(exception.Message);
        }

        lock (gate)
        {
            var error = ended ?? new TwsConnectionException(TwsConnectionFailure.NotConnected, "the IB execution adapter stopped");
            foreach (var answer in pending)
            {
                answer.Fail(error);
            }

            ready.TrySetException(error);
        }
    }

    private List<ExecutionEvent> Handle(TwsEvent message)
    {
        var output = new List<ExecutionEvent>();
        lock (gate)
        {
            foreach (var answer in pending.ToList())
            {
                if (answer.Offer(message))
                {
                    pending.Remove(answer);
                }
            }

            switch (message)
            {
                case ManagedAccountsReceived accounts:
                    managedAccounts.TrySetResult(accounts.Accounts);
                    break;
                case ConnectionLost lost:
                    OnConnectionLost(lost);
                    break;
                case ConnectionEstablished { SessionNumber: > 1 } established:
                    _ = Task.Run(() => ReconcileAfterReconnectAsync(established.SessionNumber), CancellationToken.None);
                    break;
                case ErrorMessageReceived error:
                    OnError(error, output);
                    break;
                case OrderStatusChanged status:
                    OnStatus(status, output);
                    break;
                case OpenOrderReceived open:
                    OnOpenOrder(open);
                    break;
                case ExecutionReceived execution:
                    OnExecution(execution, output);
                    break;
                case CommissionReported commission:
                    OnCommission(commission, output);
                    break;
            }
        }

        return output;
    }

    private void OnConnectionLost(ConnectionLost lost)
    {
        LogConnectionLost(lost.Reason);
        if (ready.Task.IsCompleted)
        {
            ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var error = new TwsConnectionException(TwsConnectionFailure.NotConnected, "the connection to TWS was lost: " + lost.Reason);
        foreach (var answer in pending)
        {
            answer.Fail(error);
        }

        pending.Clear();
    }

    private void OnError(ErrorMessageReceived error, List<ExecutionEvent> output)
    {
        if (error.Id < 0)
        {
            return;
        }

        var warning = error.Code == OrderWarningCode || error.Code >= FirstNoticeCode;
        if (pending.Find(answer => answer.RequestId == error.Id) is { } answer)
        {
            if (error.Code == NoSecurityDefinitionCode)
            {
                answer.CompleteEmpty();
                pending.Remove(answer);
            }
            else if (!warning)
            {
                answer.Fail(new InteractiveBrokersRequestException($"TWS refused the {answer.Description} ({error.Code}: {error.Message})", error.Code));
                pending.Remove(answer);
            }

            return;
        }

        if (!byVenueOrderId.TryGetValue(error.Id, out var tracked) || tracked.IsTerminal)
        {
            return;
        }

        switch (error.Code)
        {
            case OrderCancelledCode:
                Cancel(tracked, tracked.CancelReason ?? $"cancelled by TWS ({error.Code}: {error.Message})", output);
                break;
            case CancelNotPossibleCode or CancelRefusedCode:
                tracked.CancelReason = null;
                output.Add(new OrderCancelRejected(tracked.ClientOrderId, AccountId, Now(), $"TWS refused to cancel order {tracked.VenueOrderId} ({error.Code}: {error.Message})"));
                break;
            case var _ when warning:
                LogOrderWarning(tracked.ClientOrderId.Value, tracked.VenueOrderId, error.Code, error.Message);
                break;
            case var code when code == OrderRejectedCode || !tracked.IsAccepted:
                Reject(tracked, $"TWS rejected order {tracked.VenueOrderId} ({error.Code}): {error.Message}", error.Code, output);
                break;
            default:
                tracked.LastError = $"{error.Code}: {error.Message}";
                LogOrderWarning(tracked.ClientOrderId.Value, tracked.VenueOrderId, error.Code, error.Message);
                break;
        }
    }

    private void OnStatus(OrderStatusChanged status, List<ExecutionEvent> output)
    {
        if (status.ClientId != options.ClientId || !byVenueOrderId.TryGetValue(status.OrderId, out var tracked))
        {
            return;
        }

        tracked.VenueFilledQuantity = (int)status.Filled;
        if (status.Filled > 0m)
        {
            var sign = tracked.VenueOrder?.Action == TwsOrderAction.Sell
                || (tracked.Order is { IsCombo: false } single && single.Legs[0].Side == OrderSide.Sell) ? -1m : 1m;
            tracked.AverageNetPrice = sign * status.AverageFillPrice;
        }

        if (tracked.IsRecovered && recoveringHistory)
        {
            tracked.ReportedQuantity = Math.Max(tracked.ReportedQuantity, tracked.VenueFilledQuantity);
        }

        if (tracked.IsTerminal)
        {
            return;
        }

        switch (status.Status)
        {
            case TwsOrderStatus.PreSubmitted or TwsOrderStatus.Submitted or TwsOrderStatus.PendingCancel or TwsOrderStatus.Filled:
                Accept(tracked, output);
                break;
            case TwsOrderStatus.Cancelled or TwsOrderStatus.ApiCancelled:
                Cancel(tracked, tracked.CancelReason ?? $"cancelled by TWS (status {status.StatusText})", output);
                break;
            case TwsOrderStatus.Inactive:
                Reject(tracked, tracked.LastError is { } last
                    ? $"TWS made order {tracked.VenueOrderId} inactive after {last}"
                    : $"TWS made order {tracked.VenueOrderId} inactive{(status.WhyHeld.Length > 0 ? " (" + status.WhyHeld + ")" : string.Empty)}", 0, output);
                break;
        }
    }

    private void OnOpenOrder(OpenOrderReceived open)
    {
        var ours = open.ClientId == options.ClientId;
        if (ours && byVenueOrderId.TryGetValue(open.OrderId, out var known))
        {
            known.VenueOrder ??= open;
            return;
        }

        if (!ClientOrderId.TryParse(open.OrderReference, out var clientOrderId) || byClientOrderId.ContainsKey(clientOrderId))
        {
            return;
        }

        var recovered = new TrackedOrder(clientOrderId, null, isRecovered: true)
        {
            VenueOrderId = open.OrderId,
            VenueOrder = open,
            IsAccepted = true,
            AcceptedTime = Now(),
            LegConIds = [.. open.Contract.ComboLegs.Select(leg => leg.ConId)],
        };
        byClientOrderId.Add(clientOrderId, recovered);
        if (ours)
        {
            byVenueOrderId[open.OrderId] = recovered;
        }
    }

    private void OnExecution(ExecutionReceived received, List<ExecutionEvent> output)
    {
        var execution = received.Execution;
        if (execution.ClientId != options.ClientId || !byVenueOrderId.TryGetValue(received.OrderId, out var tracked))
        {
            // An order that is no longer open (filled or cancelled before a restart) still owns its client order id.
            if (ClientOrderId.TryParse(execution.OrderReference, out var clientOrderId) && !byClientOrderId.ContainsKey(clientOrderId))
            {
                byClientOrderId.Add(clientOrderId, new TrackedOrder(clientOrderId, null, isRecovered: true)
                {
                    VenueOrderId = received.OrderId,
                    IsAccepted = true,
                    IsTerminal = true,
                    // It traded (an execution names it); whether a rest was cancelled is not in the executions.
                    FinalStatus = OrderStatus.Filled,
                    AcceptedTime = Now(),
                });
            }

            return;
        }

        if (received.Contract.IsCombo || byExecutionId.ContainsKey(execution.ExecutionId))
        {
            return;
        }

        var legIndex = tracked.LegConIds.Count == 0 ? 0 : IndexOf(tracked.LegConIds, received.Contract.ConId);
        if (legIndex < 0)
        {
            LogOrderWarning(tracked.ClientOrderId.Value, tracked.VenueOrderId, 0, $"execution {execution.ExecutionId} is for conId {received.Contract.ConId}, not a leg of the order");
            return;
        }

        byExecutionId[execution.ExecutionId] = tracked;
        tracked.Executions.Add(new LegExecution(execution.ExecutionId, legIndex, execution.Shares, execution.Price)
        {
            IsConsumed = received.RequestId == startupExecutionsRequestId,
        });
        ReportFills(tracked, output);
    }

    private void OnCommission(CommissionReported commission, List<ExecutionEvent> output)
    {
        if (!byExecutionId.TryGetValue(commission.ExecutionId, out var tracked))
        {
            return;
        }

        var execution = tracked.Executions.Find(e => e.ExecutionId == commission.ExecutionId);
        if (execution is null || execution.Commission is not null)
        {
            return;
        }

        execution.Commission = commission.Commission;
        ReportFills(tracked, output);
    }

    /// <summary>Writes one <see cref="OrderFilled"/> for the units every leg has executed, with commissions known, and
    /// not yet reported.</summary>
    private void ReportFills(TrackedOrder tracked, List<ExecutionEvent> output)
    {
        if (tracked.Order is not { } order || tracked.IsTerminal)
        {
            return;
        }

        var complete = tracked.Executions.Where(e => !e.IsConsumed && e.Commission is not null).ToList();
        var units = int.MaxValue;
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var shares = complete.Where(e => e.LegIndex == i).Sum(e => e.Shares);
            units = Math.Min(units, (int)(shares / order.Legs[i].Ratio));
        }

        if (units <= 0)
        {
            return;
        }

        Accept(tracked, output);
        var legs = new List<LegFill>(order.Legs.Count);
        var net = 0m;
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var leg = order.Legs[i];
            var parts = complete.Where(e => e.LegIndex == i).ToList();
            var shares = parts.Sum(e => e.Shares);
            var price = parts.Sum(e => e.Shares * e.Price) / shares;
            legs.Add(new LegFill(leg.Instrument, leg.Side, units * leg.Ratio, price, parts.Sum(e => e.Commission!.Value)));
            net += leg.Sign * leg.Ratio * price;
        }

        foreach (var part in complete)
        {
            part.IsConsumed = true;
        }

        tracked.ReportedQuantity += units;
        var remaining = Math.Max(0, order.Quantity - tracked.ReportedQuantity);
        output.Add(new OrderFilled(
            tracked.ClientOrderId, AccountId, Now(), string.Join('+', complete.Select(e => e.ExecutionId)), units,
            tracked.ReportedQuantity, remaining, net, legs));
        tracked.IsTerminal = remaining == 0;
        tracked.FinalStatus = remaining == 0 ? OrderStatus.Filled : null;
    }

    private void Accept(TrackedOrder tracked, List<ExecutionEvent> output)
    {
        if (tracked.IsAccepted || tracked.Order is null)
        {
            return;
        }

        tracked.IsAccepted = true;
        tracked.AcceptedTime = Now();
        output.Add(new OrderAccepted(
            tracked.ClientOrderId, AccountId, tracked.AcceptedTime, tracked.Order, tracked.VenueOrderId.ToString(CultureInfo.InvariantCulture)));
    }

    private void Cancel(TrackedOrder tracked, string reason, List<ExecutionEvent> output)
    {
        Accept(tracked, output);
        tracked.IsTerminal = true;
        tracked.FinalStatus = OrderStatus.Cancelled;
        output.Add(new OrderCancelled(tracked.ClientOrderId, AccountId, Now(), reason, tracked.VenueFilledQuantity));
    }

    private void Reject(TrackedOrder tracked, string reason, int code, List<ExecutionEvent> output)
    {
        tracked.IsTerminal = true;
        tracked.FinalStatus = OrderStatus.Rejected;
        output.Add(new OrderRejected(
            tracked.ClientOrderId,
            AccountId,
            Now(),
            tracked.Order,
            RejectionSource.Venue,
            reason,
            [AlertValue.Of("twsOrderId", tracked.VenueOrderId), AlertValue.Of("twsCode", code)]));
    }

    private static int IndexOf(IReadOnlyList<int> values, int value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
