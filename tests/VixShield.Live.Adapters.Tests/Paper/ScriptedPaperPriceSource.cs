using NodaTime;
using VixShield.Live.Adapters.Paper.Pricing;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.Tests.Paper;

/// <summary>Prices a test sets by hand: quotes per contract, settlement values per underlying and expiry.</summary>
internal sealed class ScriptedPaperPriceSource : IPaperPriceSource
{
    private readonly Dictionary<Instrument, PaperQuote> quotes = [];
    private readonly Dictionary<(bool IsSpx, LocalDate Expiry), decimal> settlements = [];

    public ScriptedPaperPriceSource Set(Instrument instrument, decimal bid, decimal ask)
    {
        quotes[instrument] = new PaperQuote(bid, ask);
        return this;
    }

    public void Remove(Instrument instrument) => quotes.Remove(instrument);

    /// <summary>The SPX close of an SPXW expiry date.</summary>
    public void SetSpxClose(LocalDate expiry, decimal value) => settlements[(true, expiry)] = value;

    /// <summary>The VIX special opening quotation of a VIX expiry date.</summary>
    public void SetVixSettlement(LocalDate expiry, decimal value) => settlements[(false, expiry)] = value;

    public bool TryGetQuote(Instrument instrument, Instant at, out PaperQuote quote) => quotes.TryGetValue(instrument, out quote);

    public bool TryGetSettlementValue(Instrument instrument, Instant at, out decimal value)
    {
        value = 0m;
        return instrument.Expiry is { } expiry && settlements.TryGetValue((instrument.Kind == InstrumentKind.SpxwOption, expiry), out value);
    }
}
