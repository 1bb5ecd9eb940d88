using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Comparison;

/// <summary>One market file of a comparison and the option that named it (used in messages and in the report).</summary>
public sealed record ComparisonInput(string Option, string Path, MarketSymbol Symbol);
