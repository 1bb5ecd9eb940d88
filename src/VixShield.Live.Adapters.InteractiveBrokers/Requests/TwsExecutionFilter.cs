namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>Which executions REQ_EXECUTIONS returns; empty text and 0 match everything.</summary>
public sealed record TwsExecutionFilter
{
    public static TwsExecutionFilter All { get; } = new();

    public int ClientId { get; init; }

    public string Account { get; init; } = string.Empty;

    /// <summary>Executions after <c>yyyyMMdd-HH:mm:ss</c> (UTC) or <c>yyyyMMdd HH:mm:ss zone</c>.</summary>
    public string Time { get; init; } = string.Empty;

    public string Symbol { get; init; } = string.Empty;

    public string SecurityType { get; init; } = string.Empty;

    public string Exchange { get; init; } = string.Empty;

    /// <summary>BUY or SELL; empty for both.</summary>
    public string Side { get; init; } = string.Empty;
}
