using NodaTime;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Engine.Health;

/// <summary>Tracks, per index, when it last ticked and whether it is stale during market hours.</summary>
/// <remarks>Staleness is reported once per episode: one event when an index goes quiet, one when it ticks again,
/// so an operator sees each change once, not a flood.</remarks>
public sealed class FeedHealthMonitor
{
    private static readonly Duration CheckInterval = Duration.FromSeconds(1);

    private readonly Duration staleAfter;
    private readonly MarketSymbol[] watched;
    private readonly Instant[] lastQuote = new Instant[MarketSymbols.Count];
    private readonly bool[] stale = new bool[MarketSymbols.Count];
    private Instant nextCheck = Instant.MinValue;

    public FeedHealthMonitor(TimeSpan staleAfter, IReadOnlyList<MarketSymbol> watched)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(staleAfter, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(watched);
        this.staleAfter = Duration.FromTimeSpan(staleAfter);
        this.watched = [.. watched];
        Array.Fill(lastQuote, Instant.MinValue);
    }

    public Duration StaleAfter => staleAfter;

    public bool IsStale(MarketSymbol symbol) => stale[(int)symbol];

    public Instant LastQuoteTime(MarketSymbol symbol) => lastQuote[(int)symbol];

    /// <summary>Records a quote; returns true when it ends a stale episode for that symbol.</summary>
    public bool OnQuote(MarketSymbol symbol, Instant time)
    {
        lastQuote[(int)symbol] = time;
        if (!stale[(int)symbol])
        {
            return false;
        }

        stale[(int)symbol] = false;
        return true;
    }

    /// <summary>Checks (at most once per market second) which watched symbols have gone stale since
    /// <paramref name="sessionOpen"/>; calls <paramref name="onStale"/> once for each newly stale one.</summary>
    public void Check(Instant now, Instant sessionOpen, Action<MarketSymbol, Instant> onStale)
    {
        if (now < nextCheck)
        {
            return;
        }

        nextCheck = now + CheckInterval;
        foreach (var symbol in watched)
        {
            var index = (int)symbol;
            var reference = lastQuote[index] > sessionOpen ? lastQuote[index] : sessionOpen;
            if (!stale[index] && now - reference > staleAfter)
            {
                stale[index] = true;
                onStale(symbol, reference);
            }
        }
    }

    /// <summary>When each watched index last ticked and whether it is stale now, for a restart to resume the episodes.</summary>
    public IReadOnlyList<IndexHealth> CaptureState()
    {
        var state = new IndexHealth[watched.Length];
        for (var i = 0; i < watched.Length; i++)
        {
            var symbol = watched[i];
            state[i] = new IndexHealth(symbol, lastQuote[(int)symbol], stale[(int)symbol]);
        }

        return state;
    }

    /// <summary>Resumes from <see cref="CaptureState"/>: an index silent since before the restart is reported stale at the
    /// next check, with the silence measured from its last quote.</summary>
    public void RestoreState(IReadOnlyList<IndexHealth> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var index in state)
        {
            lastQuote[(int)index.Symbol] = index.LastQuote;
            stale[(int)index.Symbol] = index.IsStale;
        }

        nextCheck = Instant.MinValue;
    }

    /// <summary>Forgets staleness at a session boundary: quiet overnight hours are not an outage.</summary>
    public void ResetSession() => Array.Fill(stale, false);
}
