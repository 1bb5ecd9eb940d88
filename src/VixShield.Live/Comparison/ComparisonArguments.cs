namespace VixShield.Live.Comparison;

/// <summary>The options of <c>vixshield compare</c> as typed, before they are checked (<see cref="ComparisonRequest.TryCreate"/>).</summary>
public sealed record ComparisonArguments
{
    public string? Spx { get; init; }

    public string? Vix { get; init; }

    public string? Vix9d { get; init; }

    public string? Vix3m { get; init; }

    public string? Vvix { get; init; }

    public string? Advancing { get; init; }

    public string? Declining { get; init; }

    public string? Events { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public IReadOnlyList<string> Rulesets { get; init; } = [];

    public string? Capital { get; init; }

    public string? Quantity { get; init; }

    public string? Output { get; init; }
}
