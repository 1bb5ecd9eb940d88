using NodaTime;
using NodaTime.Text;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>Maps the domain's tradable instruments to TWS contracts (brief §9) and TWS contracts back.</summary>
internal static class TwsInstrumentContracts
{
    private const string SpxwTradingClass = "SPXW";
    private const string VixOptionTradingClass = "VIX";
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <summary>The TWS contract for <paramref name="instrument"/> (without a conId; TWS qualifies it from the fields).</summary>
    public static TwsContract ToContract(Instrument instrument) => instrument.Kind switch
    {
        InstrumentKind.SpxwOption => TwsContractCatalog.SpxwOption(instrument.Expiry!.Value, instrument.Strike!.Value, Right(instrument)),
        InstrumentKind.VixOption => TwsContractCatalog.VixOption(instrument.Expiry!.Value, instrument.Strike!.Value, Right(instrument)),
        InstrumentKind.VixFuture => TwsContractCatalog.VixFuture(DayPattern.Format(instrument.Expiry!.Value)),
        InstrumentKind.ExchangeTradedProduct => new TwsContract
        {
            Symbol = instrument.Root,
            SecurityType = TwsSecurityType.Stock,
            Exchange = TwsContractCatalog.Smart,
            Currency = TwsContractCatalog.UsDollar,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(instrument), instrument.Kind, $"no TWS contract is known for {instrument}"),
    };

    /// <summary>The symbol a combo of <paramref name="instrument"/> legs is quoted on (SPX for SPXW legs).</summary>
    public static string ComboSymbol(Instrument instrument) => instrument.Kind == InstrumentKind.SpxwOption ? "SPX" : ToContract(instrument).Symbol;

    /// <summary>The domain instrument of a single TWS contract; false for contracts this daemon does not trade.</summary>
    public static bool TryToInstrument(TwsContract contract, out Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(contract);
        instrument = default;
        var expiry = Expiry(contract.LastTradeDateOrContractMonth);
        switch (contract.SecurityType)
        {
            case TwsSecurityType.Option when contract.Strike is { } strike && expiry is { } day && TryRight(contract.Right, out var right):
                if (contract.Symbol == "SPX" && contract.TradingClass == SpxwTradingClass)
                {
                    instrument = Instrument.SpxwOption(day, right, strike);
                    return true;
                }

                if (contract.Symbol == "VIX" && (contract.TradingClass is VixOptionTradingClass or ""))
                {
                    instrument = Instrument.VixOption(day, right, strike);
                    return true;
                }

                return false;
            case TwsSecurityType.Future when contract.Symbol == "VIX" && expiry is { } day:
                instrument = Instrument.VixFuture(day);
                return true;
            case TwsSecurityType.Stock when contract.Symbol.Length is > 0 and <= 6 && contract.Symbol.All(char.IsAsciiLetter):
                instrument = Instrument.ExchangeTradedProduct(contract.Symbol);
                return true;
            default:
                return false;
        }
    }

    private static TwsOptionRight Right(Instrument instrument) => instrument.Right == OptionRight.Call ? TwsOptionRight.Call : TwsOptionRight.Put;

    private static bool TryRight(string text, out OptionRight right)
    {
        right = text is "C" or "CALL" ? OptionRight.Call : OptionRight.Put;
        return text is "C" or "CALL" or "P" or "PUT";
    }

    /// <summary>The day of a <c>yyyyMMdd</c> text, ignoring a time and zone TWS may append; null for a month or nothing.</summary>
    private static LocalDate? Expiry(string text)
    {
        var day = text.Length >= 8 ? text[..8] : string.Empty;
        return day.Length == 8 && day.All(char.IsAsciiDigit) && DayPattern.Parse(day) is { Success: true } parsed
            ? parsed.Value
            : null;
    }
}
