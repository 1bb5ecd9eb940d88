using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Engine.Tests.Execution;

/// <summary>Order builders for the execution tests: one obvious default per field.</summary>
internal static class Orders
{
    public static readonly Instrument VixCall = Instrument.VixOption(new LocalDate(2026, 4, 15), OptionRight.Call, 22m);

    public static SubmitOrder Call(string id, int quantity = 1, decimal? limit = 1.00m) =>
        SubmitOrder.Single(ClientOrderId.From(id), VixCall, OrderSide.Buy, quantity, limit);

    public static SubmitOrder Hedge(string id, string layer, int quantity = 1, decimal? limit = 1.00m) =>
        SubmitOrder.Single(ClientOrderId.From(id), VixCall, OrderSide.Buy, quantity, limit, TimeInForce.Day, OrderPurpose.HedgeOpen, layer);

    public static SubmitOrder CloseHedge(string id, string layer, int quantity, decimal limit = 0.50m) =>
        SubmitOrder.Single(ClientOrderId.From(id), VixCall, OrderSide.Sell, quantity, limit, TimeInForce.Day, OrderPurpose.HedgeClose, layer);

    /// <summary>A fill of <paramref name="quantity"/> units of a single-leg order at <paramref name="price"/>, no fees.</summary>
    public static OrderFilled Filled(SubmitOrder order, int quantity, decimal price, int remaining, Instant time)
    {
        var leg = order.Legs[0];
        return new OrderFilled(order.ClientOrderId, ExecutionAccounts.Paper, time, "F-" + order.ClientOrderId, quantity, order.Quantity - remaining, remaining,
            leg.Sign * price, [new LegFill(leg.Instrument, leg.Side, quantity, price, 0m)]);
    }
}
