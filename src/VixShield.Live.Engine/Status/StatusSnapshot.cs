namespace VixShield.Live.Engine.Status;

/// <summary>What the operator's window shows: a copy of the loop's state at one market instant, plain data only.</summary>
/// <remarks>Times are ISO-8601 UTC strings and money is decimal so the JSON is exact and needs no custom converters.</remarks>
public sealed record StatusSnapshot
{
    public required string MarketTime { get; init; }

    public required string MarketTimeNewYork { get; init; }

    public required bool SessionOpen { get; init; }

    public required string? TradeDate { get; init; }

    public required FeedStatusView Feed { get; init; }

    public required IReadOnlyList<InstrumentView> Instruments { get; init; }

    public required CountersView Counters { get; init; }

    public required IReadOnlyList<NamedValueView> Signals { get; init; }

    public required IReadOnlyList<CondorView> Condors { get; init; }

    public required IReadOnlyList<NamedValueView> Hedge { get; init; }

    public required ComparisonView? LastComparison { get; init; }
}
