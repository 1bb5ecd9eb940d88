using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Engine.State;

/// <summary>Bars in an <see cref="EngineSnapshot"/>.</summary>
/// <param name="Open">Bars being built, each to be closed at its end as if there had been no restart.</param>
/// <param name="Recent">The latest closed bars of every series an indicator depends on; replayed in time order they
/// rebuild the indicators.</param>
public sealed record BarHistoryState(IReadOnlyList<Bar> Open, IReadOnlyList<BarSeriesState> Recent);
