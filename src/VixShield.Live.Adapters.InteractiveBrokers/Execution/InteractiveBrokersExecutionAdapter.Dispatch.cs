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
                await emitGate.WaitAsync(stopping).ConfigureAwait(false);
                try
                {
                    foreach (var executionEvent in Handle(message))
                    {
                        await events.WriteAsync(executionEvent, stopping).ConfigureAwait(false);
                    }
                }
                finally
                {
                    emitGate.Release();
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
                case CompletedOrderReceived completed:
                    OnCompletedOrder(completed, output);
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

        tracked.LastSeenGeneration = reconcileGeneration;
        tracked.PermId = status.PermId;
        // Duplicates and late repeats are normal: the filled total only grows.
        if ((int)status.Filled >= tracked.VenueFilledQuantity && status.Filled > 0m)
        {
            var sign = tracked.VenueOrder?.Action == TwsOrderAction.Sell
                || (tracked.Order is { IsCombo: false } single && single.Legs[0].Side == OrderSide.Sell) ? -1m : 1m;
            tracked.VenueFilledQuantity = (int)status.Filled;
            tracked.AverageNetPrice = sign * status.AverageFillPrice;
        }

        if (tracked.IsRecovered && recoveringHistory && tracked.VenueFilledQuantity > tracked.ReportedQuantity)
        {
            tracked.ReportedQuantity = tracked.VenueFilledQuantity;
            tracked.ReportedNetAmount = (tracked.AverageNetPrice ?? 0m) * tracked.ReportedQuantity;
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

        if (NeedsFillReport(tracked))
        {
            ScheduleFillCheck(tracked);
        }
    }

    private void OnOpenOrder(OpenOrderReceived open)
    {
        var ours = open.ClientId == options.ClientId;
        if (ours)
        {
            client.ReserveOrderIdsThrough(open.OrderId);
        }

        if (ours && byVenueOrderId.TryGetValue(open.OrderId, out var known))
        {
            known.VenueOrder ??= open;
            known.PermId = open.PermId;
            known.LastSeenGeneration = reconcileGeneration;
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
            PermId = open.PermId,
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
        if (execution.ClientId == options.ClientId)
        {
            client.ReserveOrderIdsThrough(received.OrderId);
        }

        if (execution.ClientId != options.ClientId || !byVenueOrderId.TryGetValue(received.OrderId, out var tracked))
        {
            // An order that is no longer open (filled or cancelled before a restart) still owns its client order id.
            if (ClientOrderId.TryParse(execution.OrderReference, out var clientOrderId) && !byClientOrderId.ContainsKey(clientOrderId))
            {
                byClientOrderId.Add(clientOrderId, new TrackedOrder(clientOrderId, null, isRecovered: true)
                {
                    VenueOrderId = received.OrderId,
                    PermId = execution.PermId,
                    IsAccepted = true,
                    IsTerminal = true,
                    // It traded (an execution names it); whether a rest was cancelled is not in the executions.
                    FinalStatus = OrderStatus.Filled,
                    AcceptedTime = Now(),
                });
            }

            return;
        }

        tracked.LastSeenGeneration = reconcileGeneration;
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
            ConsumedShares = received.RequestId == startupExecutionsRequestId ? execution.Shares : 0m,
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
    /// not yet reported; units already reported from ORDER_STATUS absorb their late executions instead.</summary>
    private void ReportFills(TrackedOrder tracked, List<ExecutionEvent> output)
    {
        if (tracked.Order is not { } order)
        {
            return;
        }

        var units = ExecutedUnits(tracked, order);
        var absorbed = Math.Min(units, tracked.StatusOnlyUnits);
        if (absorbed > 0)
        {
            var late = Consume(tracked, order, absorbed);
            tracked.StatusOnlyUnits -= absorbed;
            units -= absorbed;
            LogLateExecutions(tracked.ClientOrderId.Value, tracked.VenueOrderId, absorbed, string.Join('+', late.ExecutionIds), late.Fees.Sum());
        }

        if (units <= 0 || tracked.IsTerminal)
        {
            return;
        }

        Accept(tracked, output);
        var taken = Consume(tracked, order, units);
        var legs = new List<LegFill>(order.Legs.Count);
        var net = 0m;
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var leg = order.Legs[i];
            var price = taken.Value[i] / taken.Shares[i];
            legs.Add(new LegFill(leg.Instrument, leg.Side, units * leg.Ratio, price, taken.Fees[i]));
            net += leg.Sign * leg.Ratio * price;
        }

        WriteFill(tracked, order, string.Join('+', taken.ExecutionIds), units, net, legs, output);
    }

    /// <summary>Reports the units ORDER_STATUS says are filled and nothing else has reported, at the price that makes
    /// TWS's running average hold (brief §6: executions are the record; this is the fallback when none come).</summary>
    /// <remarks>ORDER_STATUS has no fees and, for a combo, no leg prices: the fill's fees are 0 and its whole net price
    /// is carried by one leg on the net's side (a bought leg for a debit, a sold leg for a credit), so the net price and
    /// cash amount are right while the leg split is not known. Its fill id starts with <see cref="StatusFillIdPrefix"/>.</remarks>
    private void ReportFillFromStatus(TrackedOrder tracked, List<ExecutionEvent> output)
    {
        if (!NeedsFillReport(tracked) || tracked.Order is not { } order)
        {
            return;
        }

        var units = Math.Min(tracked.VenueFilledQuantity, order.Quantity) - tracked.ReportedQuantity;
        if (tracked.AverageNetPrice is not { } average)
        {
            LogFilledWithoutPrice(tracked.ClientOrderId.Value, tracked.VenueOrderId, units);
            return;
        }

        Accept(tracked, output);
        var net = ((average * tracked.VenueFilledQuantity) - tracked.ReportedNetAmount) / units;
        var carrier = CarrierLeg(order, net);
        var legs = new List<LegFill>(order.Legs.Count);
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var leg = order.Legs[i];
            legs.Add(new LegFill(leg.Instrument, leg.Side, units * leg.Ratio, i == carrier ? Math.Abs(net) / leg.Ratio : 0m, 0m));
        }

        tracked.StatusOnlyUnits += units;
        var fillId = string.Create(CultureInfo.InvariantCulture, $"{StatusFillIdPrefix}{tracked.PermId}:{tracked.ReportedQuantity + units}");
        LogFillFromStatus(tracked.ClientOrderId.Value, tracked.VenueOrderId, units, net, options.ExecutionWait, fillId);
        WriteFill(tracked, order, fillId, units, net, legs, output);
    }

    private void WriteFill(TrackedOrder tracked, SubmitOrder order, string fillId, int units, decimal net, List<LegFill> legs, List<ExecutionEvent> output)
    {
        tracked.ReportedQuantity += units;
        tracked.ReportedNetAmount += net * units;
        var remaining = Math.Max(0, order.Quantity - tracked.ReportedQuantity);
        output.Add(new OrderFilled(tracked.ClientOrderId, AccountId, Now(), fillId, units, tracked.ReportedQuantity, remaining, net, legs));
        if (remaining == 0)
        {
            tracked.IsTerminal = true;
            tracked.FinalStatus = OrderStatus.Filled;
            tracked.DeferredCancelReason = null;
        }
        else if (tracked.DeferredCancelReason is { } reason && tracked.ReportedQuantity >= tracked.VenueFilledQuantity)
        {
            tracked.DeferredCancelReason = null;
            Cancel(tracked, reason, output);
        }
    }

    /// <summary>Whole units every leg has executed (commission known) beyond what is already consumed.</summary>
    private static int ExecutedUnits(TrackedOrder tracked, SubmitOrder order)
    {
        var units = int.MaxValue;
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var shares = 0m;
            foreach (var execution in tracked.Executions)
            {
                if (execution.LegIndex == i && execution.Commission is not null)
                {
                    shares += execution.RemainingShares;
                }
            }

            units = Math.Min(units, (int)(shares / order.Legs[i].Ratio));
        }

        return units;
    }

    /// <summary>Takes <paramref name="units"/> × ratio shares of each leg from its executions in arrival order (part of
    /// an execution when it is larger), with the commission in proportion.</summary>
    private static ConsumedExecutions Consume(TrackedOrder tracked, SubmitOrder order, int units)
    {
        var taken = new ConsumedExecutions(order.Legs.Count);
        for (var i = 0; i < order.Legs.Count; i++)
        {
            var needed = (decimal)units * order.Legs[i].Ratio;
            foreach (var execution in tracked.Executions)
            {
                if (needed == 0m)
                {
                    break;
                }

                if (execution.LegIndex != i || execution.Commission is not { } commission || execution.RemainingShares == 0m)
                {
                    continue;
                }

                var take = Math.Min(needed, execution.RemainingShares);
                execution.ConsumedShares += take;
                needed -= take;
                taken.Shares[i] += take;
                taken.Value[i] += take * execution.Price;
                taken.Fees[i] += take == execution.Shares ? commission : commission * take / execution.Shares;
                if (!taken.ExecutionIds.Contains(execution.ExecutionId))
                {
                    taken.ExecutionIds.Add(execution.ExecutionId);
                }
            }
        }

        return taken;
    }

    private static int CarrierLeg(SubmitOrder order, decimal net)
    {
        for (var i = 0; i < order.Legs.Count; i++)
        {
            if (order.Legs[i].Sign == (net < 0m ? -1 : 1))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>TWS says more units are filled than have been reported, and the order is still ours to report on.</summary>
    private static bool NeedsFillReport(TrackedOrder tracked)
        => tracked.Order is not null && !tracked.IsTerminal && Math.Min(tracked.VenueFilledQuantity, tracked.Order.Quantity) > tracked.ReportedQuantity;

    private void ScheduleFillCheck(TrackedOrder tracked)
    {
        if (tracked.FillCheckScheduled || lifetime.IsCancellationRequested)
        {
            return;
        }

        tracked.FillCheckScheduled = true;
        fillChecks.RemoveAll(check => check.IsCompleted);
        fillChecks.Add(Task.Run(() => ConfirmFillAsync(tracked), CancellationToken.None));
    }

    /// <summary>Waits <see cref="InteractiveBrokersExecutionOptions.ExecutionWait"/> for the executions of units
    /// ORDER_STATUS reports filled; if they are still missing, asks TWS for this client id's executions (REQ_EXECUTIONS)
    /// and, if those do not cover them either (or cannot be asked for), reports the rest from ORDER_STATUS.</summary>
    private async Task ConfirmFillAsync(TrackedOrder tracked)
    {
        try
        {
            await Task.Delay(options.ExecutionWait, timeProvider, lifetime.Token).ConfigureAwait(false);
            bool missing;
            lock (gate)
            {
                missing = NeedsFillReport(tracked);
            }

            if (missing)
            {
                try
                {
                    await RequestOwnExecutionsAsync(lifetime.Token).ConfigureAwait(false);
                }
                catch (InteractiveBrokersRequestException exception)
                {
                    LogExecutionsRequestFailed(tracked.ClientOrderId.Value, tracked.VenueOrderId, exception.Message);
                }
            }

            await EmitAsync(
                output =>
                {
                    tracked.FillCheckScheduled = false;
                    ReportFillFromStatus(tracked, output);
                },
                lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Runs <paramref name="produce"/> under the lock and writes what it produced, between two TWS messages, so
    /// events from outside the dispatch loop keep the per-order order.</summary>
    private async Task EmitAsync(Action<List<ExecutionEvent>> produce, CancellationToken cancellationToken)
    {
        await emitGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var output = new List<ExecutionEvent>();
            lock (gate)
            {
                produce(output);
            }

            foreach (var executionEvent in output)
            {
                await events.WriteAsync(executionEvent, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            emitGate.Release();
        }
    }

    private void OnCompletedOrder(CompletedOrderReceived completed, List<ExecutionEvent> output)
    {
        if (!ClientOrderId.TryParse(completed.OrderReference, out var clientOrderId))
        {
            return;
        }

        if (!byClientOrderId.TryGetValue(clientOrderId, out var tracked))
        {
            // Finished before a restart without an execution (cancelled, expired, rejected): it still owns its client order id.
            byClientOrderId.Add(clientOrderId, new TrackedOrder(clientOrderId, null, isRecovered: true)
            {
                PermId = completed.PermId,
                IsAccepted = true,
                IsTerminal = true,
                FinalStatus = completed.Status switch
                {
                    TwsOrderStatus.Filled => OrderStatus.Filled,
                    TwsOrderStatus.Cancelled or TwsOrderStatus.ApiCancelled => OrderStatus.Cancelled,
                    TwsOrderStatus.Inactive => OrderStatus.Rejected,
                    _ => null,
                },
                AcceptedTime = Now(),
            });
            return;
        }

        if (tracked.PermId != 0 && tracked.PermId != completed.PermId)
        {
            return;
        }

        tracked.LastSeenGeneration = reconcileGeneration;
        tracked.PermId = completed.PermId;
        if (tracked.IsTerminal)
        {
            return;
        }

        // The order ended while the connection was down, so its last ORDER_STATUS never came.
        if (completed.FilledQuantity is { } filled && (int)filled > tracked.VenueFilledQuantity)
        {
            tracked.VenueFilledQuantity = (int)filled;
        }

        var how = completed.CompletedStatus.Length > 0 ? $"{completed.StatusText}: {completed.CompletedStatus}" : completed.StatusText;
        switch (completed.Status)
        {
            case TwsOrderStatus.Filled:
                Accept(tracked, output);
                if (tracked.Order is { } order && completed.FilledQuantity is null)
                {
                    tracked.VenueFilledQuantity = order.Quantity;
                }

                break;
            case TwsOrderStatus.Cancelled or TwsOrderStatus.ApiCancelled:
                Cancel(tracked, tracked.CancelReason ?? $"cancelled by TWS while disconnected ({how})", output);
                break;
            case TwsOrderStatus.Inactive:
                Reject(tracked, $"TWS made order {tracked.VenueOrderId} inactive while disconnected ({how})", 0, output);
                break;
            default:
                LogOrderWarning(tracked.ClientOrderId.Value, tracked.VenueOrderId, 0, $"TWS lists the order as completed in a state this client cannot read ('{completed.StatusText}')");
                break;
        }

        if (NeedsFillReport(tracked))
        {
            ScheduleFillCheck(tracked);
        }
    }

    /// <summary>Rejects orders this run sent that TWS neither acknowledged nor lists anywhere after a reconnect: the
    /// PLACE_ORDER went down with the connection. Sends are held during reconciliation, so an order TWS received is in
    /// one of the answers.</summary>
    private void RejectLostOrders(int generation, List<ExecutionEvent> output)
    {
        foreach (var tracked in byClientOrderId.Values)
        {
            if (tracked.IsRecovered || tracked.IsTerminal || tracked.IsAccepted || tracked.VenueOrderId == 0 || tracked.LastSeenGeneration == generation)
            {
                continue;
            }

            LogLostOrder(tracked.ClientOrderId.Value, tracked.VenueOrderId);
            Reject(tracked, $"TWS has no order {tracked.ClientOrderId} (TWS order {tracked.VenueOrderId}) after the reconnect: it was lost with the connection and never placed; not resent", 0, output);
        }
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

    /// <summary>Ends the order as cancelled, after its fills: while TWS reports more units filled than are reported,
    /// the cancel waits for them (<see cref="ConfirmFillAsync"/>).</summary>
    private void Cancel(TrackedOrder tracked, string reason, List<ExecutionEvent> output)
    {
        if (NeedsFillReport(tracked))
        {
            tracked.DeferredCancelReason ??= reason;
            ScheduleFillCheck(tracked);
            return;
        }

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
