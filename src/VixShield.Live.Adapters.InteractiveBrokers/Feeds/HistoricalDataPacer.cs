using NodaTime;
using VixShield.Live.Abstractions.Time;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Keeps historical-data requests inside TWS's pacing rules (brief §3) on the injected clock.</summary>
/// <remarks>
/// <para>TWS reports a pacing violation (error 162) for an identical request within 15 s, for 6 or more requests for
/// the same contract, exchange and tick type within 2 s, and for more than 60 requests in any 10 minutes. A
/// reservation waits until all three hold: no identical request in the last 15 s, at most 5 for the same contract
/// in the last 2 s, at most 60 in the last 10 minutes. Windows are half-open: a request exactly one window after an
/// earlier one no longer counts it. The daemon asks for TRADES only; BID_ASK, which TWS counts double, is not used.</para>
/// <para>Reservations are granted one at a time in call order, so a burst drains in order.</para>
/// </remarks>
internal sealed class HistoricalDataPacer
{
    public const int SameContractLimit = 5;
    public const int OverallLimit = 60;

    public static readonly Duration IdenticalInterval = Duration.FromSeconds(15);
    public static readonly Duration SameContractWindow = Duration.FromSeconds(2);
    public static readonly Duration OverallWindow = Duration.FromMinutes(10);

    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<Instant> overall = new();
    private readonly Dictionary<string, Queue<Instant>> perContract = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Instant> identical = new(StringComparer.Ordinal);

    public HistoricalDataPacer(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
    }

    /// <summary>Waits (on the injected clock) until a request may go, then records it; returns how long it waited.</summary>
    /// <param name="contractKey">Contract, exchange and tick type (what to show): the unit of the 2-second rule.</param>
    /// <param name="identityKey">Everything that makes two requests identical: the unit of the 15-second rule.</param>
    public async ValueTask<TimeSpan> ReserveAsync(string contractKey, string identityKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contractKey);
        ArgumentNullException.ThrowIfNull(identityKey);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = timeProvider.GetCurrentInstant();
            while (true)
            {
                var now = timeProvider.GetCurrentInstant();
                var earliest = EarliestAllowed(contractKey, identityKey, now);
                if (earliest <= now)
                {
                    Record(contractKey, identityKey, now);
                    return (now - started).ToTimeSpan();
                }

                await Task.Delay((earliest - now).ToTimeSpan(), timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private Instant EarliestAllowed(string contractKey, string identityKey, Instant now)
    {
        var earliest = now;
        if (identical.TryGetValue(identityKey, out var last) && last + IdenticalInterval > earliest)
        {
            earliest = last + IdenticalInterval;
        }

        if (perContract.TryGetValue(contractKey, out var sends))
        {
            Prune(sends, now - SameContractWindow);
            if (sends.Count >= SameContractLimit)
            {
                earliest = Max(earliest, sends.ElementAt(sends.Count - SameContractLimit) + SameContractWindow);
            }
        }

        Prune(overall, now - OverallWindow);
        if (overall.Count >= OverallLimit)
        {
            earliest = Max(earliest, overall.ElementAt(overall.Count - OverallLimit) + OverallWindow);
        }

        return earliest;
    }

    private void Record(string contractKey, string identityKey, Instant now)
    {
        identical[identityKey] = now;
        if (!perContract.TryGetValue(contractKey, out var sends))
        {
            sends = new Queue<Instant>();
            perContract[contractKey] = sends;
        }

        sends.Enqueue(now);
        overall.Enqueue(now);
    }

    private static void Prune(Queue<Instant> sends, Instant windowStart)
    {
        while (sends.Count > 0 && sends.Peek() <= windowStart)
        {
            sends.Dequeue();
        }
    }

    private static Instant Max(Instant left, Instant right) => left > right ? left : right;
}
