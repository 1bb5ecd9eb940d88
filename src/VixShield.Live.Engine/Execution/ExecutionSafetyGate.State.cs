namespace VixShield.Live.Engine.Execution;

/// <summary>Capture and restore of the gate across a restart.</summary>
public sealed partial class ExecutionSafetyGate
{
    public SafetyGateState CaptureState()
    {
        lock (sync)
        {
            return new SafetyGateState(
                pauseReason,
                killSwitchReason,
                [.. approvals],
                [.. orders.Values.Select(static o => new GatedOrderState(o.Order, o.ReservedDollars, o.Acknowledged))],
                [.. layers.Values.OrderBy(static l => l.LayerId, StringComparer.Ordinal).Select(static l =>
                    new HedgeLayerExposureState(l.LayerId, l.CostDollars, l.HeldUnits, l.OpeningOrders, [.. l.Instruments.OrderBy(static i => i.ToString(), StringComparer.Ordinal)]))]);
        }
    }

    /// <summary>Replaces the gate's memory with <paramref name="state"/>. A kill switch saved on stays on (a restart is not
    /// a way to release it by accident), a pause likewise; a kill switch on in the configuration stays on too.</summary>
    public void RestoreState(SafetyGateState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (sync)
        {
            pauseReason = state.PauseReason;
            killSwitchReason ??= state.KillSwitchReason;
            approvals.Clear();
            foreach (var approval in state.RecentApprovals)
            {
                approvals.Enqueue(approval);
            }

            orders.Clear();
            foreach (var order in state.OrdersInFlight)
            {
                orders.Add(order.Order.ClientOrderId, new TrackedOrder(order.Order, order.ReservedDollars) { Acknowledged = order.Acknowledged });
            }

            layers.Clear();
            foreach (var saved in state.Layers)
            {
                var layer = new HedgeLayerExposure(saved.LayerId)
                {
                    CostDollars = saved.CostDollars,
                    HeldUnits = saved.HeldUnits,
                    OpeningOrders = saved.OpeningOrders,
                };
                foreach (var instrument in saved.Instruments)
                {
                    layer.Instruments.Add(instrument);
                }

                layers.Add(saved.LayerId, layer);
            }
        }
    }

    /// <summary>Clears a kill switch restored from saved state: the operator's explicit release at start-up.</summary>
    /// <returns>The reason the switch had been on, or null when it was off.</returns>
    public string? ReleaseKillSwitch()
    {
        lock (sync)
        {
            var reason = killSwitchReason;
            killSwitchReason = null;
            return reason;
        }
    }
}
