using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>One market-data line the feed keeps subscribed across reconnects; the request id changes per subscription.</summary>
/// <remarks>Request id, session and contract are written by the subscription routines (one at a time, under the feed's
/// subscription gate); the data type by the dispatch loop. Readers on other threads see them through volatile fields.</remarks>
internal sealed class MarketDataSubscription(TwsMarketDataLine line, int sourceIndex, OptionQuoteSubscription? option = null)
{
    private volatile TwsContract? contract;
    private volatile int requestId;
    private volatile int sessionNumber;
    private volatile int dataType;
    private volatile bool degraded;

    public TwsMarketDataLine Line { get; } = line;

    /// <summary>Index into the feed's instrument sources; -1 for an option line.</summary>
    public int SourceIndex { get; } = sourceIndex;

    public OptionQuoteSubscription? Option { get; } = option;

    /// <summary>The contract qualified by a lookup in the current session (with its conId), or null before.</summary>
    public TwsContract? Contract
    {
        get => contract;
        set => contract = value;
    }

    /// <summary>The REQ_MKT_DATA id in use; 0 when not subscribed.</summary>
    public int RequestId
    {
        get => requestId;
        set => requestId = value;
    }

    /// <summary>The connection session the request id was sent on.</summary>
    public int SessionNumber
    {
        get => sessionNumber;
        set => sessionNumber = value;
    }

    /// <summary>The data type TWS reported for the current request, or null before MARKET_DATA_TYPE / 10167.</summary>
    public TwsMarketDataType? DataType
    {
        get => dataType == 0 ? null : (TwsMarketDataType)dataType;
        set => dataType = value is { } type ? (int)type : 0;
    }

    /// <summary>True while TWS refuses this line's market data and the feed reported it (cleared by the next accepted tick).</summary>
    public bool Degraded
    {
        get => degraded;
        set => degraded = value;
    }
}
