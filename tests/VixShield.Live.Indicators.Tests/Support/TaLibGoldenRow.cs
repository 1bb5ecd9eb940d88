using NodaTime;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>One row of a TA-Lib golden file (see Golden/README.md).</summary>
public sealed record TaLibGoldenRow(LocalDate Date, double Ema12, double Ema26, double Macd, double MacdSignal, double MacdHistogram, double Rsi14);
