namespace VixShield.Live.Domain.MarketData;

/// <summary>The bar lengths the pipeline builds from quotes.</summary>
public enum BarPeriod : byte
{
    OneMinute = 0,
    FiveMinutes = 1,
    Daily = 2,
    Weekly = 3,
}
