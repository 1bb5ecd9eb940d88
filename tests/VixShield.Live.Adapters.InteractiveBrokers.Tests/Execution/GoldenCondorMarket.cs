using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Execution;

/// <summary>The golden condor's legs (conIds 800000001..4, in leg order) and a VIX call, as the fake venue quotes them:
/// at the touch the condor sells for 2.50 and the call is bought at 1.30.</summary>
internal static class GoldenCondorMarket
{
    public static readonly LocalDate Expiry = new(2026, 10, 16);

    public static readonly Instrument LongPut = Instrument.SpxwOption(Expiry, OptionRight.Put, 6375m);

    public static readonly Instrument ShortPut = Instrument.SpxwOption(Expiry, OptionRight.Put, 6400m);

    public static readonly Instrument ShortCall = Instrument.SpxwOption(Expiry, OptionRight.Call, 6700m);

    public static readonly Instrument LongCall = Instrument.SpxwOption(Expiry, OptionRight.Call, 6725m);

    public static readonly IReadOnlyList<FakeTwsVenueContract> Contracts =
    [
        VenueContracts.Describe(LongPut, 800_000_001, 0.90m, 1.00m),
        VenueContracts.Describe(ShortPut, 800_000_002, 2.00m, 2.10m),
        VenueContracts.Describe(ShortCall, 800_000_003, 2.00m, 2.10m),
        VenueContracts.Describe(LongCall, 800_000_004, 0.40m, 0.50m),
        VenueContracts.Describe(VenueContracts.VixCall, 800_000_005, 1.10m, 1.30m),
    ];

    /// <summary>The condor entry at a 2.35 credit limit: it fills at once at 2.50.</summary>
    public static SubmitOrder Condor(string clientOrderId) => new(
        ClientOrderId.From(clientOrderId),
        [new(LongPut, OrderSide.Buy), new(ShortPut, OrderSide.Sell), new(ShortCall, OrderSide.Sell), new(LongCall, OrderSide.Buy)],
        1, 2.35m, PriceEffect.Credit, TimeInForce.Day, OrderPurpose.CondorEntry);

    /// <summary>Buys <paramref name="quantity"/> VIX calls at <paramref name="limit"/> (at or above 1.30 it fills at once).</summary>
    public static SubmitOrder VixCall(string clientOrderId, decimal limit, int quantity = 1)
        => SubmitOrder.Single(ClientOrderId.From(clientOrderId), VenueContracts.VixCall, OrderSide.Buy, quantity, limit, TimeInForce.GoodTillCancelled);
}
