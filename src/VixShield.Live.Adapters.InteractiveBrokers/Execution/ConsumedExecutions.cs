namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>What one fill took from a tracked order's executions: per leg the shares, their value (shares × price) and
/// fees, and the execution ids involved.</summary>
internal sealed class ConsumedExecutions(int legCount)
{
    public decimal[] Shares { get; } = new decimal[legCount];

    public decimal[] Value { get; } = new decimal[legCount];

    public decimal[] Fees { get; } = new decimal[legCount];

    public List<string> ExecutionIds { get; } = [];
}
