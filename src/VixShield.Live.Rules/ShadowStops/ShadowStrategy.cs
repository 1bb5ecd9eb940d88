using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Condors;

namespace VixShield.Live.Rules.ShadowStops;

/// <summary>One baseline run in the shadow of a real condor: hold it to expiry, or exit it all at a loss of N x credit.</summary>
/// <remarks>
/// <para>The engine calls <see cref="OnMark"/> with the condor's cost to close in time order (once a market second, and
/// on every quote whose mark could have reached an armed stop), then <see cref="Settle"/> with the SPX close at expiry.
/// A stop fires on the first mark whose loss (mark - credit) reaches <see cref="StopMultiple"/> x credit; it exits at
/// that mark plus <see cref="ExitSlippage"/> and is flat from then on.</para>
/// <para>P&amp;L is credit minus the cost to close (unrealised), the exit price (stopped) or the settlement value
/// (held). Max drawdown is the largest fall of that P&amp;L from its running peak, the peak starting at 0 at entry; the
/// stop's exit and the settlement are points of the path; with the engine's marks it is the drawdown of the path
/// sampled once a market second (the ALVH rows of the daily comparison are sampled on the same seconds). All in index
/// points per condor.</para>
/// <para>Allocation-free per mark: a few decimal comparisons and field writes.</para>
/// </remarks>
public sealed class ShadowStrategy
{
    private decimal peak;
    private bool hasMark;
    private Instant lastTime;

    public ShadowStrategy(string name, IronCondor condor, decimal? stopMultiple, decimal exitSlippage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(condor);
        if (stopMultiple is <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(stopMultiple), stopMultiple, "A stop multiple must be a positive multiple of the credit.");
        }

        if (exitSlippage < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(exitSlippage), exitSlippage, "Exit slippage must be zero or more points.");
        }

        Name = name;
        Condor = condor;
        StopMultiple = stopMultiple;
        ExitSlippage = exitSlippage;
        StopLoss = stopMultiple * condor.Credit;
    }

    public string Name { get; }

    public IronCondor Condor { get; }

    /// <summary>Loss multiple of the credit that triggers the exit, or null for hold-to-expiry.</summary>
    public decimal? StopMultiple { get; }

    public decimal ExitSlippage { get; }

    /// <summary>The mark loss (points per condor) at which the stop fires, or null for hold-to-expiry.</summary>
    public decimal? StopLoss { get; }

    /// <summary>The stop, once it has fired.</summary>
    public ShadowStopFired? Fired { get; private set; }

    public bool IsStopped => Fired is not null;

    public bool IsSettled { get; private set; }

    /// <summary>Current P&amp;L in points per condor (see the remarks for which price it uses).</summary>
    public decimal ProfitAndLoss { get; private set; }

    public decimal MaxDrawdown { get; private set; }

    /// <summary>Takes the condor's cost to close at <paramref name="time"/>; true when this mark fired the stop.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The mark is negative.</exception>
    /// <exception cref="ArgumentException">The time is earlier than the previous mark's.</exception>
    /// <exception cref="InvalidOperationException">The strategy has already settled.</exception>
    public bool OnMark(Instant time, decimal condorMark)
    {
        if (IsSettled)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"{Name} on {Condor} has settled; a mark at {time} arrived after settlement."));
        }

        if (condorMark < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(condorMark), condorMark, "A condor's cost to close cannot be negative.");
        }

        if (hasMark && time < lastTime)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"{Name}: mark at {time} is earlier than the previous mark at {lastTime}; marks must arrive in time order."), nameof(time));
        }

        hasMark = true;
        lastTime = time;
        if (Fired is not null)
        {
            return false;
        }

        var credit = Condor.Credit;
        Record(credit - condorMark);
        if (StopLoss is { } stopLoss && condorMark - credit >= stopLoss)
        {
            var exitPrice = condorMark + ExitSlippage;
            Fired = new ShadowStopFired(Name, StopMultiple!.Value, time, condorMark, credit, exitPrice);
            Record(credit - exitPrice);
            return true;
        }

        return false;
    }

    /// <summary>Closes the day at expiry: a strategy still holding the condor takes its cash settlement at <paramref name="spxClose"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The SPX close is not positive.</exception>
    /// <exception cref="InvalidOperationException">Already settled.</exception>
    public void Settle(decimal spxClose)
    {
        if (IsSettled)
        {
            throw new InvalidOperationException(Name + " on " + Condor + " has already settled.");
        }

        if (spxClose <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(spxClose), spxClose, "The SPX settlement level must be positive.");
        }

        if (Fired is null)
        {
            Record(Condor.ProfitAtSettlement(spxClose));
        }

        IsSettled = true;
    }

    /// <summary>What this strategy has accumulated so far.</summary>
    public ShadowStrategyState CaptureState() =>
        new(Name, peak, hasMark ? lastTime : null, Fired, IsSettled, ProfitAndLoss, MaxDrawdown);

    /// <summary>Resumes from <paramref name="state"/>, as captured from a strategy of the same name.</summary>
    /// <exception cref="ArgumentException">The state belongs to another strategy.</exception>
    public void RestoreState(ShadowStrategyState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!string.Equals(state.Name, Name, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the state of {state.Name} cannot resume {Name}", nameof(state));
        }

        peak = state.Peak;
        hasMark = state.LastMarkTime is not null;
        lastTime = state.LastMarkTime ?? default;
        Fired = state.Fired;
        IsSettled = state.IsSettled;
        ProfitAndLoss = state.ProfitAndLoss;
        MaxDrawdown = state.MaxDrawdown;
    }

    public ShadowStrategyResult GetResult() => new(
        Name,
        StopMultiple,
        Condor.Credit,
        Condor.Quantity,
        ProfitAndLoss,
        MaxDrawdown,
        Fired?.Time,
        Fired?.ExitPrice,
        IsStopped || IsSettled);

    private void Record(decimal profitAndLoss)
    {
        ProfitAndLoss = profitAndLoss;
        MaxDrawdown = Math.Max(MaxDrawdown, peak - profitAndLoss);
        peak = Math.Max(peak, profitAndLoss);
    }
}
