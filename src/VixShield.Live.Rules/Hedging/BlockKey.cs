using NodaTime;
using VixShield.Live.Rules.Risk;

namespace VixShield.Live.Rules.Hedging;

/// <summary>What a blocked report was about, so the same block is reported once per episode.</summary>
internal readonly record struct BlockKey(bool IsSet, HedgeBlockCause Cause, Instant WindowEnd, RiskLimitKind Limit)
{
    public static BlockKey None => default;
}
