using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Condors;

namespace VixShield.Live.Rules.ShadowStops;

/// <summary>The shadow baselines of one condor: hold to expiry unhedged, plus one stop strategy per configured multiple.</summary>
/// <remarks>The engine creates one set per condor at entry, forwards every mark and the settlement, and reads
/// <see cref="GetResults"/> for the daily comparison. The strategy named <c>hold-to-expiry</c> comes first, then the
/// stops in ascending multiple (<c>stop-1x</c>, <c>stop-2x</c>).</remarks>
public sealed class ShadowStrategySet
{
    public const string HoldToExpiryName = "hold-to-expiry";

    private readonly ShadowStrategy[] strategies;

    private ShadowStrategySet(IronCondor condor, ShadowStrategy[] strategies)
    {
        Condor = condor;
        this.strategies = strategies;
    }

    public IronCondor Condor { get; }

    public IReadOnlyList<ShadowStrategy> Strategies => strategies;

    public ShadowStrategy HoldToExpiry => strategies[0];

    /// <summary>Name of the stop strategy for <paramref name="multiple"/>: <c>stop-1x</c>, <c>stop-1.5x</c>.</summary>
    public static string StopName(decimal multiple) =>
        "stop-" + multiple.ToString("0.##########", CultureInfo.InvariantCulture) + "x";

    public static ShadowStrategySet Create(IronCondor condor, ShadowStopOptions options)
    {
        ArgumentNullException.ThrowIfNull(condor);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var multiples = options.EffectiveStopMultiples.Order().ToArray();
        var strategies = new ShadowStrategy[multiples.Length + 1];
        strategies[0] = new ShadowStrategy(HoldToExpiryName, condor, stopMultiple: null, options.ExitSlippage);
        for (var i = 0; i < multiples.Length; i++)
        {
            strategies[i + 1] = new ShadowStrategy(StopName(multiples[i]), condor, multiples[i], options.ExitSlippage);
        }

        return new ShadowStrategySet(condor, strategies);
    }

    /// <summary>Forwards a mark to every strategy; returns how many stops fired on it (read them from <see cref="ShadowStrategy.Fired"/>).</summary>
    public int OnMark(Instant time, decimal condorMark)
    {
        var fired = 0;
        foreach (var strategy in strategies)
        {
            if (strategy.OnMark(time, condorMark))
            {
                fired++;
            }
        }

        return fired;
    }

    /// <summary>The lowest condor mark at which a stop that has not fired yet fires (its credit plus its stop loss), or null
    /// when no stop is armed: below it, a mark can only move the P&amp;L and drawdown figures.</summary>
    public decimal? LowestStopMark()
    {
        decimal? lowest = null;
        foreach (var strategy in strategies)
        {
            if (!strategy.IsStopped && strategy.StopLoss is { } stopLoss)
            {
                var stopMark = Condor.Credit + stopLoss;
                if (lowest is null || stopMark < lowest)
                {
                    lowest = stopMark;
                }
            }
        }

        return lowest;
    }

    /// <summary>Settles every strategy at the SPX close of the expiry.</summary>
    public void Settle(decimal spxClose)
    {
        foreach (var strategy in strategies)
        {
            strategy.Settle(spxClose);
        }
    }

    public IReadOnlyList<ShadowStrategyResult> GetResults()
    {
        var results = new ShadowStrategyResult[strategies.Length];
        for (var i = 0; i < strategies.Length; i++)
        {
            results[i] = strategies[i].GetResult();
        }

        return results;
    }
}
