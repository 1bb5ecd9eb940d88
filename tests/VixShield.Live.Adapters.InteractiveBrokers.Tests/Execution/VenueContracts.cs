using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Testing.Execution;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Execution;

/// <summary>Describes domain instruments to the fake venue the way TWS knows them (brief §9), with made-up conIds.</summary>
internal static class VenueContracts
{
    /// <summary>The first conId handed out: the golden condor's leg conIds are 800000001 to 800000004.</summary>
    public const int FirstConId = 800_000_001;

    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    public static IReadOnlyList<FakeTwsVenueContract> From(IReadOnlyList<ContractQuote> quotes)
        => [.. quotes.Select((quote, index) => Describe(quote.Instrument, FirstConId + index, quote.Bid, quote.Ask))];

    public static FakeTwsVenueContract Describe(Instrument instrument, int conId, decimal bid, decimal ask) => instrument.Kind switch
    {
        InstrumentKind.SpxwOption => new(conId, "SPX", "OPT", Day.Format(instrument.Expiry!.Value), instrument.Strike, Right(instrument), "SPXW", "100", bid, ask),
        InstrumentKind.VixOption => new(conId, "VIX", "OPT", Day.Format(instrument.Expiry!.Value), instrument.Strike, Right(instrument), "VIX", "100", bid, ask),
        InstrumentKind.VixFuture => new(conId, "VIX", "FUT", Day.Format(instrument.Expiry!.Value), null, string.Empty, "VX", "1000", bid, ask),
        _ => new(conId, instrument.Root, "STK", string.Empty, null, string.Empty, instrument.Root, "1", bid, ask),
    };

    public static Instrument VixCall { get; } = Instrument.VixOption(new LocalDate(2026, 10, 21), OptionRight.Call, 25m);

    private static string Right(Instrument instrument) => instrument.Right == OptionRight.Call ? "C" : "P";
}
