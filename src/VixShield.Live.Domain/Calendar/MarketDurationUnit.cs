namespace VixShield.Live.Domain.Calendar;

public enum MarketDurationUnit : byte
{
    Minutes = 0,
    Hours = 1,
    TradingDays = 2,
}
