using NodaTime;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Indicators.Breadth;

/// <summary>The NYSE advance/decline line: the running sum of (advancing - declining) issues, one step per day.</summary>
/// <remarks>
/// The line starts at 0 before the first day fed, so its level depends on where history starts; only its moves
/// and its highs relative to itself carry meaning (which is all the divergence signal uses). Counts must be finite
/// and at least 0; times strictly increase. Ready after the first day.
/// </remarks>
public sealed class AdvanceDeclineLine : IIndicator
{
    private double value;
    private Instant lastTime;

    public string Name => "A/D LINE";

    public int WarmUpPeriod => 1;

    public long Samples { get; private set; }

    public bool IsReady => Samples >= 1;

    /// <summary>The cumulative line, or null before the first day.</summary>
    public double? Current => IsReady ? value : null;

    /// <summary>Adds one day's counts; returns <see cref="IsReady"/>.</summary>
    public bool Update(Instant time, double advancing, double declining)
    {
        IndicatorGuard.RequireNonNegative(advancing, Name, nameof(advancing));
        IndicatorGuard.RequireNonNegative(declining, Name, nameof(declining));
        IndicatorGuard.RequireAfter(time, lastTime, Samples, Name);
        lastTime = time;
        Samples++;
        value = AdvanceDeclineLineKernel.Step(value, advancing, declining);
        return true;
    }

    /// <summary>Adds one day from its NYSE-ADV and NYSE-DECL daily bars (their closes are the day's counts).</summary>
    /// <remarks>Both bars must be daily, for the same trade date and of the right symbols; the step's time is the
    /// later of the two bar ends.</remarks>
    public bool Update(in Bar advancing, in Bar declining)
    {
        if (advancing.Symbol != MarketSymbol.NyseAdvancing || declining.Symbol != MarketSymbol.NyseDeclining)
        {
            throw new ArgumentException(
                $"{Name}: expected NYSE-ADV and NYSE-DECL bars, got {advancing.Symbol.DisplayName()} and {declining.Symbol.DisplayName()}.",
                nameof(advancing));
        }

        if (advancing.TradeDate != declining.TradeDate)
        {
            throw new ArgumentException(
                $"{Name}: advancing bar is for {advancing.TradeDate:yyyy-MM-dd} but declining bar is for {declining.TradeDate:yyyy-MM-dd}; both must be the same day.",
                nameof(declining));
        }

        var time = advancing.End > declining.End ? advancing.End : declining.End;
        return Update(time, (double)advancing.Close, (double)declining.Close);
    }

    public void Reset()
    {
        value = 0;
        lastTime = default;
        Samples = 0;
    }
}
