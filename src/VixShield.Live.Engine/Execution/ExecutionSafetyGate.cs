using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Engine.Execution;

/// <summary>The checks every order passes before any execution adapter sees it.</summary>
/// <remarks>
/// <para>In order: the kill switch, a pause, a non-paper account without <c>Execution:AllowLiveAccount</c>, the size of
/// the largest leg, the order rate, and for hedge-open orders the number of open layers and the hedge premium. Every
/// refusal names the setting, its value and the order's value. Cancels never pass through here: reducing risk is
/// always allowed.</para>
/// <para>An account counts as paper when its adapter says so, except that an id shaped like a broker account number
/// (letters then digits) must also carry the Interactive Brokers paper prefix DU: a mislabelled live account is still
/// refused.</para>
/// <para>Rate: approved submissions within the last 60 seconds of the injected clock (refusals and duplicates do not
/// count). Layers and premium: an approved hedge-open order reserves its worst case (limit x quantity x multiplier)
/// at once, so two quick orders cannot both slip under the limit; fills turn the reservation into premium paid;
/// rejections, cancels and withheld orders release it; hedge-close fills release premium in proportion to the units
/// sold, and a layer whose units are all sold or settled closes. A hedge-open market order is refused, since its
/// premium is unbounded. Fees are not premium.</para>
/// <para>The kill switch, once on, stays on until the daemon restarts with <c>Execution:KillSwitch=false</c>; a live run
/// saves it with its state (<see cref="CaptureState"/>), so there the restart must also say <c>--release-kill-switch</c>.
/// Thread-safe: the pump approves on one thread while events are observed on another.</para>
/// </remarks>
public sealed partial class ExecutionSafetyGate
{
    private static readonly Duration RateWindow = Duration.FromMinutes(1);

    private readonly object sync = new();
    private readonly ExecutionOptions options;
    private readonly TimeProvider timeProvider;
    private readonly Queue<Instant> approvals = new();
    private readonly Dictionary<ClientOrderId, TrackedOrder> orders = [];
    private readonly Dictionary<string, HedgeLayerExposure> layers = new(StringComparer.Ordinal);
    private string? pauseReason;
    private string? killSwitchReason;

    public ExecutionSafetyGate(ExecutionOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = options.Validate().Select(p => $"{p.Key} is '{p.Value}'; allowed: {p.Allowed}").ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid execution options: " + string.Join("; ", problems), nameof(options));
        }

        this.options = options;
        this.timeProvider = timeProvider;
        if (options.KillSwitch)
        {
            killSwitchReason = "Execution:KillSwitch is true in the configuration";
        }
    }

    public bool IsPaused
    {
        get
        {
            lock (sync)
            {
                return pauseReason is not null;
            }
        }
    }

    public bool IsKillSwitchActive => KillSwitchReason is not null;

    public string? KillSwitchReason
    {
        get
        {
            lock (sync)
            {
                return killSwitchReason;
            }
        }
    }

    /// <summary>Hedge layers open or being opened.</summary>
    public IReadOnlyList<string> OpenLayers
    {
        get
        {
            lock (sync)
            {
                return [.. layers.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Premium paid for open hedges plus the worst case of hedge orders in flight, in dollars.</summary>
    public decimal CommittedHedgePremiumDollars
    {
        get
        {
            lock (sync)
            {
                return CommittedPremium();
            }
        }
    }

    /// <summary>Refuses new orders until <see cref="Resume"/>.</summary>
    public void Pause(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (sync)
        {
            pauseReason = reason;
        }
    }

    public void Resume()
    {
        lock (sync)
        {
            pauseReason = null;
        }
    }

    /// <summary>Refuses every new order from now on; the first reason is kept. Cancelling working orders is the
    /// execution pump's part.</summary>
    public void ActivateKillSwitch(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (sync)
        {
            killSwitchReason ??= reason;
        }
    }

    /// <summary>Checks <paramref name="order"/> for <paramref name="adapter"/>; when approved, counts it against the
    /// rate and hedge limits.</summary>
    public bool TryApprove(SubmitOrder order, IExecutionAdapter adapter, [NotNullWhen(false)] out SafetyRefusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(adapter);
        var now = timeProvider.GetCurrentInstant();
        lock (sync)
        {
            refusal = CheckSwitches(order, adapter) ?? CheckSize(order);
            if (refusal is not null)
            {
                return false;
            }

            if (orders.ContainsKey(order.ClientOrderId))
            {
                // A resubmission of an order in flight: the adapter answers Duplicate, so it costs nothing here.
                return true;
            }

            refusal = CheckRate(order, now) ?? CheckHedge(order);
            if (refusal is not null)
            {
                return false;
            }

            approvals.Enqueue(now);
            var reserved = order.Purpose == OrderPurpose.HedgeOpen ? order.MaximumDebitDollars!.Value : 0m;
            orders.Add(order.ClientOrderId, new TrackedOrder(order, reserved));
            if (order.Purpose == OrderPurpose.HedgeOpen)
            {
                Layer(order.LayerId!).OpeningOrders++;
            }

            return true;
        }
    }

    /// <summary>Releases what an approved order held when the adapter did not accept it.</summary>
    public void OnAcknowledged(SubmitOrder order, OrderAcknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(acknowledgement);
        lock (sync)
        {
            if (!orders.TryGetValue(order.ClientOrderId, out var tracked) || tracked.Acknowledged)
            {
                return;
            }

            if (acknowledgement.IsAccepted)
            {
                tracked.Acknowledged = true;
            }
            else
            {
                Finish(tracked);
            }
        }
    }

    /// <summary>Updates hedge exposure from the execution event stream.</summary>
    public void Observe(ExecutionEvent executionEvent)
    {
        ArgumentNullException.ThrowIfNull(executionEvent);
        lock (sync)
        {
            switch (executionEvent)
            {
                case OrderFilled fill when orders.TryGetValue(fill.ClientOrderId, out var tracked):
                    OnFill(tracked, fill);
                    break;
                case OrderCancelled or OrderRejected or OrderWithheld when orders.TryGetValue(((OrderEvent)executionEvent).ClientOrderId, out var tracked):
                    Finish(tracked);
                    break;
                case PositionSettled settled:
                    OnSettled(settled.Instrument);
                    break;
            }
        }
    }

    private SafetyRefusal? CheckSwitches(SubmitOrder order, IExecutionAdapter adapter)
    {
        if (killSwitchReason is not null)
        {
            return Refuse(SafetyLimit.KillSwitch, order, $"the kill switch is on ({killSwitchReason}): no new orders",
                AlertValue.Of("kill_switch_reason", killSwitchReason));
        }

        if (pauseReason is not null)
        {
            return Refuse(SafetyLimit.Paused, order, $"execution is paused ({pauseReason})", AlertValue.Of("pause_reason", pauseReason));
        }

        var accountId = adapter.AccountId;
        var isPaper = adapter.IsPaperAccount
            && (!ExecutionAccounts.LooksLikeBrokerAccountNumber(accountId) || ExecutionAccounts.IsInteractiveBrokersPaperAccount(accountId));
        if (!isPaper && !options.AllowLiveAccount)
        {
            return Refuse(SafetyLimit.LiveAccount, order,
                $"account {accountId} of adapter '{adapter.Name}' is not a paper account (paper: the adapter says so, and a broker account number starts with {ExecutionAccounts.InteractiveBrokersPaperPrefix}) and {ExecutionOptions.SectionName}:{nameof(ExecutionOptions.AllowLiveAccount)} is false",
                AlertValue.Of("setting", $"{ExecutionOptions.SectionName}:{nameof(ExecutionOptions.AllowLiveAccount)}"),
                AlertValue.Of("allowed", false),
                AlertValue.Of("account", accountId),
                AlertValue.Of("adapter_says_paper", adapter.IsPaperAccount));
        }

        return null;
    }

    private SafetyRefusal? CheckSize(SubmitOrder order)
    {
        var shares = 0;
        var contracts = 0;
        foreach (var leg in order.Legs)
        {
            var quantity = order.Quantity * leg.Ratio;
            if (leg.Instrument.Kind == InstrumentKind.ExchangeTradedProduct)
            {
                shares = Math.Max(shares, quantity);
            }
            else
            {
                contracts = Math.Max(contracts, quantity);
            }
        }

        if (contracts > options.MaxContractsPerOrder)
        {
            return Limit(SafetyLimit.OrderSize, order, nameof(ExecutionOptions.MaxContractsPerOrder), options.MaxContractsPerOrder, contracts,
                $"{contracts} contracts on one leg");
        }

        return shares > options.MaxSharesPerOrder
            ? Limit(SafetyLimit.OrderSize, order, nameof(ExecutionOptions.MaxSharesPerOrder), options.MaxSharesPerOrder, shares, $"{shares} shares")
            : null;
    }

    private SafetyRefusal? CheckRate(SubmitOrder order, Instant now)
    {
        while (approvals.Count > 0 && approvals.Peek() <= now - RateWindow)
        {
            approvals.Dequeue();
        }

        return approvals.Count >= options.MaxOrdersPerMinute
            ? Limit(SafetyLimit.OrderRate, order, nameof(ExecutionOptions.MaxOrdersPerMinute), options.MaxOrdersPerMinute, approvals.Count + 1,
                string.Create(CultureInfo.InvariantCulture, $"order {approvals.Count + 1} within 60 s (the first at {approvals.Peek()})"))
            : null;
    }

    private SafetyRefusal? CheckHedge(SubmitOrder order)
    {
        if (order.Purpose != OrderPurpose.HedgeOpen)
        {
            return null;
        }

        if (order.MaximumDebitDollars is not { } worstCase)
        {
            return Refuse(SafetyLimit.HedgePremium, order,
                "a hedge-open order needs a limit price so its premium is bounded; market orders are refused",
                AlertValue.Of("setting", $"{ExecutionOptions.SectionName}:{nameof(ExecutionOptions.MaxHedgePremiumPercentOfCapital)}"));
        }

        var layerId = order.LayerId!;
        if (!layers.ContainsKey(layerId) && layers.Count + 1 > options.MaxOpenLayers)
        {
            return Limit(SafetyLimit.OpenLayers, order, nameof(ExecutionOptions.MaxOpenLayers), options.MaxOpenLayers, layers.Count + 1,
                $"layer {layerId} would be open layer {layers.Count + 1} (open: {string.Join(", ", layers.Keys.Order(StringComparer.Ordinal))})");
        }

        var committed = CommittedPremium();
        var maximum = options.MaxHedgePremiumDollars;
        if (committed + worstCase > maximum)
        {
            return Refuse(SafetyLimit.HedgePremium, order, string.Create(CultureInfo.InvariantCulture,
                $"hedge premium would reach ${committed + worstCase} (committed ${committed} + this order's worst case ${worstCase}); " +
                $"{ExecutionOptions.SectionName}:{nameof(ExecutionOptions.MaxHedgePremiumPercentOfCapital)} {options.MaxHedgePremiumPercentOfCapital}% of " +
                $"{ExecutionOptions.SectionName}:{nameof(ExecutionOptions.CapitalDollars)} {options.CapitalDollars} allows ${maximum}"),
                AlertValue.Of("setting", $"{ExecutionOptions.SectionName}:{nameof(ExecutionOptions.MaxHedgePremiumPercentOfCapital)}"),
                AlertValue.Of("allowed", maximum),
                AlertValue.Of("actual", committed + worstCase),
                AlertValue.Of("committed", committed),
                AlertValue.Of("order_worst_case", worstCase));
        }

        return null;
    }

    private void OnFill(TrackedOrder tracked, OrderFilled fill)
    {
        var order = tracked.Order;
        if (order.Purpose == OrderPurpose.HedgeOpen)
        {
            var layer = Layer(order.LayerId!);
            layer.CostDollars += -fill.CashAmount;
            layer.HeldUnits += fill.Quantity;
            foreach (var leg in fill.Legs)
            {
                layer.Instruments.Add(leg.Instrument);
            }

            tracked.ReservedDollars = Math.Max(tracked.ReservedDollars - (order.LimitPrice!.Value * fill.Quantity * order.Multiplier), 0m);
        }
        else if (order.Purpose == OrderPurpose.HedgeClose && layers.TryGetValue(order.LayerId!, out var layer) && layer.HeldUnits > 0)
        {
            var sold = Math.Min(fill.Quantity, layer.HeldUnits);
            layer.CostDollars -= layer.CostDollars * sold / layer.HeldUnits;
            layer.HeldUnits -= sold;
            CloseIfDone(layer);
        }

        if (fill.IsComplete)
        {
            Finish(tracked);
        }
    }

    private void OnSettled(Instrument instrument)
    {
        foreach (var layer in layers.Values.ToList())
        {
            if (layer.Instruments.Remove(instrument) && layer.Instruments.Count == 0)
            {
                layer.HeldUnits = 0;
                layer.CostDollars = 0m;
                CloseIfDone(layer);
            }
        }
    }

    private void Finish(TrackedOrder tracked)
    {
        orders.Remove(tracked.Order.ClientOrderId);
        tracked.ReservedDollars = 0m;
        if (tracked.Order.Purpose == OrderPurpose.HedgeOpen && layers.TryGetValue(tracked.Order.LayerId!, out var layer))
        {
            layer.OpeningOrders--;
            CloseIfDone(layer);
        }
    }

    private void CloseIfDone(HedgeLayerExposure layer)
    {
        if (!layer.IsOpen)
        {
            layers.Remove(layer.LayerId);
        }
    }

    private HedgeLayerExposure Layer(string layerId)
    {
        if (!layers.TryGetValue(layerId, out var layer))
        {
            layer = new HedgeLayerExposure(layerId);
            layers.Add(layerId, layer);
        }

        return layer;
    }

    private decimal CommittedPremium()
    {
        var total = 0m;
        foreach (var layer in layers.Values)
        {
            total += layer.CostDollars;
        }

        foreach (var tracked in orders.Values)
        {
            total += tracked.ReservedDollars;
        }

        return total;
    }

    private static SafetyRefusal Limit(SafetyLimit limit, SubmitOrder order, string setting, int allowed, int actual, string what) =>
        Refuse(limit, order, string.Create(CultureInfo.InvariantCulture,
            $"{what}; {ExecutionOptions.SectionName}:{setting} is {allowed}"),
            AlertValue.Of("setting", $"{ExecutionOptions.SectionName}:{setting}"),
            AlertValue.Of("allowed", (long)allowed),
            AlertValue.Of("actual", (long)actual));

    private static SafetyRefusal Refuse(SafetyLimit limit, SubmitOrder order, string reason, params AlertValue[] values) =>
        new(limit, $"safety gate refused {order.ClientOrderId} ({order}): {reason}",
            [AlertValue.Of("limit", limit.ToString()), AlertValue.Of("client_order_id", order.ClientOrderId.Value), .. values]);

    private sealed class TrackedOrder(SubmitOrder order, decimal reservedDollars)
    {
        public SubmitOrder Order { get; } = order;

        /// <summary>Worst-case premium still reserved for the unfilled part of a hedge-open order, in dollars.</summary>
        public decimal ReservedDollars { get; set; } = reservedDollars;

        public bool Acknowledged { get; set; }
    }
}
