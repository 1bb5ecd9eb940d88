using NodaTime;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Rules.Hedging;

/// <summary>Something the ALVH engine decided, with the reason (naming the rule and the signal values) and the values behind it.</summary>
/// <param name="Time">Market time of the evaluation that made the decision.</param>
/// <param name="LayerId">The layer concerned, or null for ruleset-wide decisions (the scalar).</param>
/// <param name="Reason">Human-readable why.</param>
/// <param name="Values">The values behind the reason, in a stable order.</param>
public abstract record HedgeDecision(Instant Time, string? LayerId, string Reason, IReadOnlyList<AlertValue> Values)
{
    /// <summary>Dotted alert type, e.g. <c>hedge.layer.opened</c>.</summary>
    public abstract string Type { get; }

    public virtual AlertSeverity Severity => AlertSeverity.Info;

    /// <summary>Orders to place, in order (a roll sells the old contract first); empty when nothing trades.</summary>
    public virtual IReadOnlyList<HedgeOrderIntent> Orders => [];

    /// <summary>The decision as an alert; <paramref name="sequence"/> is the daemon's event sequence number.</summary>
    public Alert ToAlert(long sequence)
    {
        var orders = Orders;
        return new Alert(sequence, Type, Severity, Time, orders.Count > 0 ? orders[^1].Instrument.ToString() : null, Reason, Values);
    }
}
