using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.Paper.Matching;

/// <summary>When each contract stops trading and when it settles, from the exchange calendar.</summary>
/// <remarks>SPXW: trades until and settles at the close of its expiry date, which must be a trading day. VIX options
/// and futures: the expiry must be a monthly VIX expiry; trading ends at the previous session's close and settlement
/// is the special opening quotation at 09:30 on the expiry date. ETP shares never expire.</remarks>
internal sealed class ContractSchedule(ITradingCalendar calendar)
{
    private readonly SpxwExpiries spxw = new(calendar);
    private readonly VixExpiries vix = new(calendar);

    public bool TryGet(Instrument instrument, out Instant lastTradeTime, out Instant settlementTime, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        lastTradeTime = Instant.MaxValue;
        settlementTime = Instant.MaxValue;
        if (instrument.Expiry is not { } expiry)
        {
            return true;
        }

        if (instrument.Kind == InstrumentKind.SpxwOption)
        {
            if (!spxw.TryGetSettlementTime(expiry, out settlementTime))
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"{instrument}: no SPXW expires on {expiry:uuuu-MM-dd} ({expiry.DayOfWeek}), which is not a trading day");
                return false;
            }

            lastTradeTime = settlementTime;
            return true;
        }

        if (vix.ExpiryOnOrAfter(expiry) != expiry)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"{instrument}: {expiry:uuuu-MM-dd} is not a monthly VIX expiry (the next one is {vix.ExpiryOnOrAfter(expiry):uuuu-MM-dd})");
            return false;
        }

        settlementTime = vix.SettlementTime(expiry);
        lastTradeTime = calendar.GetSession(calendar.PreviousTradingDay(expiry))!.Close;
        return true;
    }

    public Instant SettlementTime(Instrument instrument) => TryGet(instrument, out _, out var settlement, out _) ? settlement : Instant.MaxValue;
}
