namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>One EXECUTION_DATA of one leg of a tracked order, waiting for its COMMISSION_REPORT before it is reported.</summary>
/// <param name="LegIndex">Index of the leg in the order's legs.</param>
internal sealed record LegExecution(string ExecutionId, int LegIndex, decimal Shares, decimal Price)
{
    /// <summary>Dollars of commission, once TWS has reported it.</summary>
    public decimal? Commission { get; set; }

    /// <summary>Shares already part of a reported fill (or of a fill reported from ORDER_STATUS before this execution
    /// arrived, or history from before a restart): never reported again.</summary>
    public decimal ConsumedShares { get; set; }

    public decimal RemainingShares => Shares - ConsumedShares;
}
