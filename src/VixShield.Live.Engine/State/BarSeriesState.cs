using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Engine.State;

/// <summary>The latest closed bars of one series, oldest first.</summary>
public sealed record BarSeriesState(MarketSymbol Symbol, BarPeriod Period, IReadOnlyList<Bar> Bars);
