using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay;

/// <summary>One source's quotes in time order, produced on demand so a long file is never expanded in memory.</summary>
internal abstract class ReplayStream
{
    /// <summary>False once the source is exhausted.</summary>
    public bool HasCurrent { get; protected set; }

    /// <summary>The next quote of this source; valid while <see cref="HasCurrent"/>.</summary>
    public Quote Current { get; protected set; }

    public abstract void MoveNext();

    /// <summary>Skips quotes before <paramref name="start"/>.</summary>
    public void SkipBefore(Instant start)
    {
        while (HasCurrent && Current.EventTime < start)
        {
            MoveNext();
        }
    }
}
