using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.Replay;

/// <summary>One file to replay.</summary>
/// <param name="Path">The CSV file.</param>
/// <param name="Symbol">The instrument of a bar file; null infers it (see <see cref="BarFileReadOptions.Symbol"/>).
/// Tick files name the symbol on every row and must leave this null.</param>
/// <param name="Format">The layout; <see cref="BarFileFormat.Auto"/> recognises it from the first line.</param>
public sealed record ReplaySource(string Path, MarketSymbol? Symbol = null, BarFileFormat Format = BarFileFormat.Auto);
