using NodaTime;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay;

/// <summary>Merges several streams by event time; on equal times the stream listed first wins, so the order is stable.</summary>
/// <remarks>A linear scan over the streams: replays merge a handful of files, where it beats a heap and allocates nothing.</remarks>
internal sealed class ReplayMerger
{
    private readonly ReplayStream[] streams;

    public ReplayMerger(ReplayStream[] streams, Instant? start)
    {
        this.streams = streams;
        if (start is { } from)
        {
            foreach (var stream in streams)
            {
                stream.SkipBefore(from);
            }
        }
    }

    /// <summary>The event time of the next quote, if any.</summary>
    public bool TryPeekTime(out Instant time)
    {
        var index = NextIndex();
        time = index < 0 ? default : streams[index].Current.EventTime;
        return index >= 0;
    }

    /// <summary>Takes the next quote in merged order.</summary>
    public bool TryTake(out Quote quote)
    {
        var index = NextIndex();
        if (index < 0)
        {
            quote = default;
            return false;
        }

        quote = streams[index].Current;
        streams[index].MoveNext();
        return true;
    }

    private int NextIndex()
    {
        var best = -1;
        for (var i = 0; i < streams.Length; i++)
        {
            if (streams[i].HasCurrent && (best < 0 || streams[i].Current.EventTime < streams[best].Current.EventTime))
            {
                best = i;
            }
        }

        return best;
    }
}
