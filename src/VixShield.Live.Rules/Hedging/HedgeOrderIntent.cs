using System.Globalization;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Rules.Hedging;

/// <summary>An order the engine wants placed for a layer: the execution layer turns it into a <see cref="SubmitOrder"/>.</summary>
/// <param name="ClientOrderId">Deterministic id (<c>alvh-L1-open-20260302T203000Z-1</c>): the same decision replayed gives
/// the same id, so a restart that replays the journal does not send it twice.</param>
/// <param name="LayerId">The layer, e.g. <c>L1</c>; the safety gate counts layers by it.</param>
/// <param name="Instrument">The contract.</param>
/// <param name="Side">Buy to open or add, sell to monetise, shrink, close or roll out.</param>
/// <param name="Contracts">How many.</param>
/// <param name="LimitPrice">Worst acceptable price per contract, in points.</param>
/// <param name="ModelPrice">The model (mid) price the limit was derived from.</param>
public sealed record HedgeOrderIntent(
    ClientOrderId ClientOrderId,
    string LayerId,
    Instrument Instrument,
    OrderSide Side,
    int Contracts,
    decimal LimitPrice,
    decimal ModelPrice)
{
    public OrderPurpose Purpose => Side == OrderSide.Buy ? OrderPurpose.HedgeOpen : OrderPurpose.HedgeClose;

    /// <summary>Limit x contracts x multiplier: the most a buy pays or the least a sell receives, in dollars.</summary>
    public decimal LimitDollars => LimitPrice * Contracts * Instrument.Multiplier;

    /// <summary>The order for the execution adapter: a single-leg day limit order tagged with the layer.</summary>
    public SubmitOrder ToSubmitOrder(TimeInForce timeInForce = TimeInForce.Day) =>
        SubmitOrder.Single(ClientOrderId, Instrument, Side, Contracts, LimitPrice, timeInForce, Purpose, LayerId);

    /// <summary><c>BUY 3 VIX 2026-04-15 24C LMT 1.25 [L1]</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Side == OrderSide.Buy ? "BUY" : "SELL")} {Contracts} {Instrument} LMT {LimitPrice} [{LayerId}]");
}
