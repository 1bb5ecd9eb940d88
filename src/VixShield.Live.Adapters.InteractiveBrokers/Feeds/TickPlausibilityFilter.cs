using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Refuses ticks the engine must never act on: no data (-1), non-positive values, and unconfirmed jumps.</summary>
/// <remarks>
/// <para>Per symbol it keeps a reference, the last accepted value (seeded by TWS's prior close when nothing was accepted
/// yet). A tick further than the jump fraction from the reference is held. It is accepted once
/// <c>confirmationTicks</c> consecutive ticks (itself included) sit beyond the fraction and each within the fraction of
/// the one before: a real gap or spike (VIX can rise 50% in a morning) is confirmed within a few ticks, a lone bad
/// print is never written. A tick back within the fraction of the reference ends the held sequence.</para>
/// <para>Breadth symbols are issue counts that legitimately rise many-fold after the open, so they get the -1 and
/// non-positive checks but no jump check. Not thread-safe: the feed's dispatch loop is its only caller. Allocation-free.</para>
/// </remarks>
internal sealed class TickPlausibilityFilter
{
    private const decimal NoCurrentValue = -1m;

    private readonly decimal jumpFraction;
    private readonly int confirmationTicks;
    private readonly decimal[] reference = new decimal[MarketSymbols.Count];
    private readonly decimal[] candidate = new decimal[MarketSymbols.Count];
    private readonly int[] candidateTicks = new int[MarketSymbols.Count];

    public TickPlausibilityFilter(double jumpFraction, int confirmationTicks)
    {
        if (!double.IsFinite(jumpFraction) || jumpFraction <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(jumpFraction), jumpFraction, "must be a positive fraction");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(confirmationTicks);
        this.jumpFraction = (decimal)jumpFraction;
        this.confirmationTicks = confirmationTicks;
    }

    /// <summary>The last accepted (or seeded) value of <paramref name="symbol"/>; 0 when there is none.</summary>
    public decimal Reference(MarketSymbol symbol) => reference[(int)symbol];

    /// <summary>Uses TWS's prior close as the reference when nothing has been accepted yet for <paramref name="symbol"/>.</summary>
    public void SeedPriorClose(MarketSymbol symbol, decimal priorClose)
    {
        if (priorClose > 0m && reference[(int)symbol] == 0m)
        {
            reference[(int)symbol] = priorClose;
        }
    }

    public TickVerdict Evaluate(MarketSymbol symbol, decimal price)
    {
        if (price == NoCurrentValue)
        {
            return TickVerdict.NoData;
        }

        if (price <= 0m)
        {
            return TickVerdict.NotPositive;
        }

        if (symbol.IsBreadth())
        {
            return TickVerdict.Accepted;
        }

        var i = (int)symbol;
        var level = reference[i];
        if (level == 0m || Math.Abs(price - level) <= jumpFraction * level)
        {
            reference[i] = price;
            candidateTicks[i] = 0;
            return TickVerdict.Accepted;
        }

        var previous = candidate[i];
        candidateTicks[i] = candidateTicks[i] > 0 && Math.Abs(price - previous) <= jumpFraction * previous ? candidateTicks[i] + 1 : 1;
        candidate[i] = price;
        if (candidateTicks[i] < confirmationTicks)
        {
            return TickVerdict.JumpHeld;
        }

        reference[i] = price;
        candidateTicks[i] = 0;
        return TickVerdict.JumpConfirmed;
    }
}
