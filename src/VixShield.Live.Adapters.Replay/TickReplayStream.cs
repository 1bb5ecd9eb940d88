using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay;

/// <summary>Plays a tick file's quotes as they are.</summary>
internal sealed class TickReplayStream : ReplayStream
{
    private readonly IReadOnlyList<Quote> quotes;
    private int index = -1;

    public TickReplayStream(IReadOnlyList<Quote> quotes)
    {
        this.quotes = quotes;
        MoveNext();
    }

    public override void MoveNext()
    {
        index++;
        HasCurrent = index < quotes.Count;
        if (HasCurrent)
        {
            Current = quotes[index];
        }
    }
}
