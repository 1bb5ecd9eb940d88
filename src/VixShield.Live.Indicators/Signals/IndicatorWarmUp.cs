namespace VixShield.Live.Indicators.Signals;

/// <summary>How far one indicator of <see cref="MarketSignals"/> is warmed up, for the start-up log.</summary>
/// <param name="Name">Series, timeframe and indicator, e.g. <c>SPX 5m RSI(14)</c>.</param>
/// <param name="Samples">Inputs fed so far.</param>
/// <param name="WarmUpPeriod">Inputs needed before it is ready.</param>
/// <param name="IsReady">True once <paramref name="Samples"/> reached <paramref name="WarmUpPeriod"/>.</param>
public sealed record IndicatorWarmUp(string Name, long Samples, int WarmUpPeriod, bool IsReady);
