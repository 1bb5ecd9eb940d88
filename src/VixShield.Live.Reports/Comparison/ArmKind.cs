namespace VixShield.Live.Reports.Comparison;

/// <summary>What an arm of the comparison does with the condor, which decides its role in the headline.</summary>
public enum ArmKind : byte
{
    /// <summary>The condor held to expiry with no protection: the reference every drawdown is compared with.</summary>
    Unhedged = 0,

    /// <summary>The condor closed when its loss reaches a multiple of the credit.</summary>
    StopLoss = 1,

    /// <summary>The condor held to expiry with ALVH hedge layers beside it.</summary>
    Hedged = 2,

    /// <summary>An arm this report does not recognise; reported, but not part of the headline.</summary>
    Other = 3,
}
