namespace VixShield.Live.Engine.Execution;

/// <summary>Default values of <see cref="ExecutionOptions"/>.</summary>
/// <remarks>The hedge limits repeat the ALVH risk limits (at most 3 layers, at most 3% of capital in hedge premium).</remarks>
public static class ExecutionDefaults
{
    public const string Adapter = ExecutionOptions.AlertsOnlyAdapter;
    public const bool AllowLiveAccount = false;
    public const int MaxOrdersPerMinute = 10;
    public const int MaxOpenLayers = 3;
    public const decimal MaxHedgePremiumPercentOfCapital = 3m;
    public const int MaxContractsPerOrder = 20;
    public const int MaxSharesPerOrder = 1_000;
    public const decimal CapitalDollars = 100_000m;
    public const bool KillSwitch = false;
    public const int CommandCapacity = 256;
    public const int EventCapacity = 4_096;
}
