using VixShield.Live.Rules.Conditions;

namespace VixShield.Live.Rules.Blackouts;

/// <summary>Which scheduled releases block new layers, and the signals that override the blackout.</summary>
/// <param name="Events">Event kinds whose window (prior session close to release time) blocks new layers; empty disables blackouts.</param>
/// <param name="AllowWhen">When true, a layer may open inside a window anyway (default: MACD bearish and A/D divergence
/// have both triggered); null means no exception.</param>
public sealed record BlackoutPolicy(IReadOnlyList<EconomicEventKind> Events, SignalCondition? AllowWhen)
{
    public bool Blocks(EconomicEventKind kind)
    {
        foreach (var blocked in Events)
        {
            if (blocked == kind)
            {
                return true;
            }
        }

        return false;
    }
}
