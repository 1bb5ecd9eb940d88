using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Testing;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>The shared real series, read once per test run.</summary>
public static class Series
{
    private static readonly Lazy<Bar[]> SpxDailyBars = new(() =>
        SeriesFiles.YahooDaily(SharedData.Path("spx", "spx_daily_yahoo_GSPC_1927_2023.csv"), MarketSymbol.Spx, new LocalDate(1990, 1, 1)));

    private static readonly Lazy<Bar[]> VixDailyBars = new(() =>
        SeriesFiles.CboeDaily(SharedData.Path("vix", "vix_daily_cboe_1990_2026.csv"), MarketSymbol.Vix));

    private static readonly Lazy<Bar[]> Vix3mDailyBars = new(() =>
        SeriesFiles.CboeDaily(SharedData.Path("vix", "vix3m_daily_cboe_2009_2026.csv"), MarketSymbol.Vix3m));

    private static readonly Lazy<Bar[]> AdvancingBars = new(() =>
        SeriesFiles.TradingViewDaily(SharedData.Path("breadth", "nyse_ADV_advancing_issues_1991_2026.csv"), MarketSymbol.NyseAdvancing));

    private static readonly Lazy<Bar[]> DecliningBars = new(() =>
        SeriesFiles.TradingViewDaily(SharedData.Path("breadth", "nyse_DECL_declining_issues_1991_2026.csv"), MarketSymbol.NyseDeclining));

    private static readonly Lazy<Bar[]> SpxFiveMinuteBars = new(() =>
        SeriesFiles.FirstRateIntraday(SharedData.Path("intraday", "spx_5min_firstratedata_2023-03-16_2023-03-31.csv"), MarketSymbol.Spx, BarPeriod.FiveMinutes, Duration.FromMinutes(5)));

    /// <summary>SPX daily (Yahoo ^GSPC), 1990-01-02 to 2023-12-28.</summary>
    public static IReadOnlyList<Bar> SpxDaily => SpxDailyBars.Value;

    /// <summary>VIX daily (CBOE), 1990 to 2026.</summary>
    public static IReadOnlyList<Bar> VixDaily => VixDailyBars.Value;

    /// <summary>VIX3M daily (CBOE), 2009 to 2026.</summary>
    public static IReadOnlyList<Bar> Vix3mDaily => Vix3mDailyBars.Value;

    /// <summary>NYSE advancing issues (TradingView ADV), 1991 to 2026.</summary>
    public static IReadOnlyList<Bar> Advancing => AdvancingBars.Value;

    /// <summary>NYSE declining issues (TradingView DECL), 1991 to 2026.</summary>
    public static IReadOnlyList<Bar> Declining => DecliningBars.Value;

    /// <summary>SPX 5-minute bars (FirstRate sample), 2023-03-16 to 2023-03-31, regular session only.</summary>
    public static IReadOnlyList<Bar> SpxFiveMinute => SpxFiveMinuteBars.Value;

    /// <summary>Closes as (time, value) inputs: bar end and close.</summary>
    public static TimedValue[] Closes(IReadOnlyList<Bar> bars)
    {
        var values = new TimedValue[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            values[i] = new TimedValue(bars[i].End, (double)bars[i].Close);
        }

        return values;
    }

    /// <summary>The close values only.</summary>
    public static double[] Values(IReadOnlyList<Bar> bars)
    {
        var values = new double[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            values[i] = (double)bars[i].Close;
        }

        return values;
    }
}
