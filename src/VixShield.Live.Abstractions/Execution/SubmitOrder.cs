using System.Globalization;
using System.Text;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Abstractions.Execution;

/// <summary>Submit one order: a single contract or a combo (such as the four-leg condor) traded as one unit.</summary>
/// <remarks>
/// <para>Prices are in points per unit of the order (one of each leg times its ratio). The net price of a fill is
/// the sum over legs of (+1 for a buy, -1 for a sell) x ratio x leg price: positive is paid, negative received.
/// <see cref="LimitPrice"/> is the worst acceptable net price, paid for a <see cref="PriceEffect.Debit"/> order and
/// received for a <see cref="PriceEffect.Credit"/> one; null makes a market order.</para>
/// <para>All legs share one multiplier, so a net price in points has one dollar value. Legs name distinct contracts.
/// Hedge orders name the layer they belong to, so the safety gate can count layers and premium.</para>
/// </remarks>
public sealed record SubmitOrder : ExecutionCommand
{
    public SubmitOrder(
        ClientOrderId clientOrderId,
        IReadOnlyList<OrderLeg> legs,
        int quantity,
        decimal? limitPrice,
        PriceEffect effect,
        TimeInForce timeInForce = TimeInForce.Day,
        OrderPurpose purpose = OrderPurpose.Other,
        string? layerId = null)
    {
        if (clientOrderId.IsEmpty)
        {
            throw new ArgumentException("An order needs a client order id (" + ClientOrderId.AllowedForm + ").", nameof(clientOrderId));
        }

        ArgumentNullException.ThrowIfNull(legs);
        if (legs.Count == 0)
        {
            throw new ArgumentException($"Order {clientOrderId} has no legs; an order needs at least one.", nameof(legs));
        }

        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            if (leg.Instrument.Root is null)
            {
                throw new ArgumentException($"Order {clientOrderId} leg {i + 1} has no instrument; build one with the Instrument factories.", nameof(legs));
            }

            if (leg.Ratio < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(legs), leg.Ratio, $"Order {clientOrderId} leg {i + 1} ({leg.Instrument}) has ratio {leg.Ratio}; a ratio must be at least 1.");
            }

            if (leg.Instrument.Multiplier != legs[0].Instrument.Multiplier)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Order {clientOrderId} mixes multipliers ({legs[0].Instrument} x{legs[0].Instrument.Multiplier}, {leg.Instrument} x{leg.Instrument.Multiplier}); a combo's legs must share one."), nameof(legs));
            }

            for (var j = 0; j < i; j++)
            {
                if (legs[j].Instrument == leg.Instrument)
                {
                    throw new ArgumentException($"Order {clientOrderId} names {leg.Instrument} in legs {j + 1} and {i + 1}; each leg must be a different contract.", nameof(legs));
                }
            }
        }

        if (quantity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"Order {clientOrderId} quantity must be at least 1 unit.");
        }

        if (limitPrice is { } limit && limit < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(limitPrice), limitPrice, $"Order {clientOrderId} limit price must be zero or more points (say debit or credit with the price effect).");
        }

        if (legs.Count == 1 && effect != (legs[0].Side == OrderSide.Buy ? PriceEffect.Debit : PriceEffect.Credit))
        {
            throw new ArgumentException($"Order {clientOrderId} is a single {legs[0].Side} leg, so its price effect must be {(legs[0].Side == OrderSide.Buy ? "Debit" : "Credit")}; got {effect}.", nameof(effect));
        }

        if (purpose is OrderPurpose.HedgeOpen or OrderPurpose.HedgeClose && string.IsNullOrWhiteSpace(layerId))
        {
            throw new ArgumentException($"Order {clientOrderId} is a {purpose} order, which must name its hedge layer (layerId).", nameof(layerId));
        }

        ClientOrderId = clientOrderId;
        Legs = [.. legs];
        Quantity = quantity;
        LimitPrice = limitPrice;
        Effect = effect;
        TimeInForce = timeInForce;
        Purpose = purpose;
        LayerId = string.IsNullOrWhiteSpace(layerId) ? null : layerId;
    }

    public ClientOrderId ClientOrderId { get; }

    public IReadOnlyList<OrderLeg> Legs { get; }

    /// <summary>Units of the order: condors, contracts, or shares.</summary>
    public int Quantity { get; }

    /// <summary>Worst acceptable net price in points per unit (see <see cref="Effect"/>); null for a market order.</summary>
    public decimal? LimitPrice { get; }

    public PriceEffect Effect { get; }

    public TimeInForce TimeInForce { get; }

    public OrderPurpose Purpose { get; }

    /// <summary>The hedge layer (for example <c>L1</c>) a hedge order belongs to; null otherwise.</summary>
    public string? LayerId { get; }

    public bool IsCombo => Legs.Count > 1;

    public bool IsMarketOrder => LimitPrice is null;

    /// <summary>Dollars per point of net price per unit: the legs' shared multiplier.</summary>
    public int Multiplier => Legs[0].Instrument.Multiplier;

    /// <summary>The limit as a signed net price (positive paid, negative received); null for a market order.</summary>
    public decimal? NetPriceLimit => LimitPrice is { } limit ? (Effect == PriceEffect.Debit ? limit : -limit) : null;

    /// <summary>The most contracts (or shares) any one leg trades: quantity x the largest ratio.</summary>
    public int LargestLegQuantity
    {
        get
        {
            var ratio = 1;
            foreach (var leg in Legs)
            {
                ratio = Math.Max(ratio, leg.Ratio);
            }

            return Quantity * ratio;
        }
    }

    /// <summary>Most dollars the order can pay: limit x quantity x multiplier for a debit limit order; zero for a credit
    /// order; null for a market debit order, whose cost is unbounded.</summary>
    public decimal? MaximumDebitDollars => Effect == PriceEffect.Credit ? 0m : LimitPrice * Quantity * Multiplier;

    /// <summary>A single-contract (or single-ETP) order; buys pay a debit, sells receive a credit.</summary>
    public static SubmitOrder Single(
        ClientOrderId clientOrderId,
        Instrument instrument,
        OrderSide side,
        int quantity,
        decimal? limitPrice,
        TimeInForce timeInForce = TimeInForce.Day,
        OrderPurpose purpose = OrderPurpose.Other,
        string? layerId = null) =>
        new(clientOrderId, [new OrderLeg(instrument, side)], quantity, limitPrice,
            side == OrderSide.Buy ? PriceEffect.Debit : PriceEffect.Credit, timeInForce, purpose, layerId);

    /// <summary>Sells <paramref name="condor"/> as one four-leg combo for at least <paramref name="minimumCredit"/>
    /// (default: the condor's own credit) per condor.</summary>
    public static SubmitOrder SellIronCondor(
        ClientOrderId clientOrderId,
        IronCondor condor,
        decimal? minimumCredit = null,
        TimeInForce timeInForce = TimeInForce.Day)
    {
        ArgumentNullException.ThrowIfNull(condor);
        OrderLeg[] legs =
        [
            new(Instrument.SpxwOption(condor.Expiry, OptionRight.Put, condor.LongPutStrike), OrderSide.Buy),
            new(Instrument.SpxwOption(condor.Expiry, OptionRight.Put, condor.ShortPutStrike), OrderSide.Sell),
            new(Instrument.SpxwOption(condor.Expiry, OptionRight.Call, condor.ShortCallStrike), OrderSide.Sell),
            new(Instrument.SpxwOption(condor.Expiry, OptionRight.Call, condor.LongCallStrike), OrderSide.Buy),
        ];
        return new SubmitOrder(clientOrderId, legs, condor.Quantity, minimumCredit ?? condor.Credit, PriceEffect.Credit, timeInForce, OrderPurpose.CondorEntry);
    }

    /// <summary>Human-readable order text for alerts: <c>BUY 2 VIX 2026-04-15 22C LMT 1.20 debit DAY [L1]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (IsCombo)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Quantity}x combo (");
            for (var i = 0; i < Legs.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(Legs[i]);
            }

            text.Append(')');
        }
        else
        {
            text.Append(Legs[0].Side == OrderSide.Buy ? "BUY " : "SELL ")
                .Append(Quantity.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Legs[0].Instrument);
        }

        text.Append(LimitPrice is { } limit
            ? string.Create(CultureInfo.InvariantCulture, $" LMT {limit} {(Effect == PriceEffect.Debit ? "debit" : "credit")}")
            : " MKT");
        text.Append(' ').Append(TimeInForce switch
        {
            TimeInForce.Day => "DAY",
            TimeInForce.GoodTillCancelled => "GTC",
            _ => "IOC",
        });
        if (LayerId is not null)
        {
            text.Append(" [").Append(LayerId).Append(']');
        }

        return text.ToString();
    }
}
