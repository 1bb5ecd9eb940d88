namespace VixShield.Live.Adapters.Paper;

/// <summary>Default values of <see cref="PaperBrokerOptions"/>.</summary>
/// <remarks>Fees approximate a typical US retail options broker (per-contract commission of $0.65, as at Interactive
/// Brokers' fixed tier, plus roughly $0.50 of exchange and regulatory fees for Cboe SPX/VIX index options). They are
/// not any broker's schedule: set your own.</remarks>
public static class PaperBrokerDefaults
{
    public const string AccountId = "PAPER";
    public const decimal StartingCashDollars = 100_000m;
    public const decimal FillSpreadFraction = 0.25m;
    public const decimal SlippagePoints = 0m;
    public const decimal OptionCommissionPerContract = 0.65m;
    public const decimal OptionExchangeFeePerContract = 0.50m;
    public const decimal FutureCommissionPerContract = 0.85m;
    public const decimal FutureExchangeFeePerContract = 1.50m;
    public const decimal ShareCommissionPerShare = 0.005m;
    public const decimal MinimumShareCommissionPerOrder = 1.00m;
    public const int PartialFillQuantity = 0;
    public const decimal SyntheticSpreadFraction = 0.05m;
    public const decimal MinimumSyntheticSpread = 0.05m;
}
