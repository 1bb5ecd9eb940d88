using System.Threading.Channels;
using NodaTime;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Writes the feed's quotes and status changes into the engine's inbound channel without ever blocking the feed.</summary>
/// <remarks>
/// <para>While the channel has room every item is written at once, so every tick passes. When it is full, items wait
/// here: quotes coalesce latest-per-symbol (house style 2.2: coalesced in the feed, not dropped at random) and status
/// changes queue (never dropped). A background flush writes the waiting items in the order of their last update as
/// room appears; while any item waits, new ones queue behind it, so order is kept.</para>
/// <para>Event times are made non-decreasing here (the interface's contract): each item gets
/// max(its received time, the previous item's time), so a clock step backwards cannot reorder the engine's input.</para>
/// <para>Thread-safe (the dispatch loop and the subscription routines both offer); allocation-free while the channel has room.</para>
/// </remarks>
internal sealed class QuoteOutbox
{
    private readonly ChannelWriter<InboundEvent> writer;
    private readonly string feedName;
    private readonly CancellationToken stopping;
    private readonly Action onWriterClosed;
    private readonly object gate = new();
    private readonly Quote[] quotes = new Quote[MarketSymbols.Count];
    private readonly long[] quoteSequence = new long[MarketSymbols.Count];
    private readonly Queue<(long Sequence, FeedStatusChanged Status)> statuses = new();
    private int waitingQuotes;
    private long sequence;
    private Instant lastEventTime = Instant.MinValue;
    private Task? flushing;
    private long written;
    private long coalesced;

    public QuoteOutbox(ChannelWriter<InboundEvent> writer, string feedName, Action onWriterClosed, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(onWriterClosed);
        this.writer = writer;
        this.feedName = feedName;
        this.onWriterClosed = onWriterClosed;
        this.stopping = stopping;
    }

    /// <summary>Quotes written into the channel.</summary>
    public long QuotesWritten => Interlocked.Read(ref written);

    /// <summary>Quotes replaced by a newer quote of the same symbol while the channel was full.</summary>
    public long QuotesCoalesced => Interlocked.Read(ref coalesced);

    /// <summary>The background flush while items wait; null when nothing waits.</summary>
    public Task? Flushing
    {
        get
        {
            lock (gate)
            {
                return flushing;
            }
        }
    }

    public bool HasWaiting
    {
        get
        {
            lock (gate)
            {
                return IsWaiting;
            }
        }
    }

    private bool IsWaiting => waitingQuotes > 0 || statuses.Count > 0;

    /// <summary>Writes the quote now, or keeps it as the latest of its symbol until the channel has room.</summary>
    public void OfferQuote(MarketSymbol symbol, decimal bid, decimal ask, decimal last, Instant receivedTime)
    {
        lock (gate)
        {
            var time = NextEventTime(receivedTime);
            var quote = new Quote(symbol, bid, ask, last, time, time);
            if (!IsWaiting && writer.TryWrite(InboundEvent.ForQuote(quote)))
            {
                written++;
                return;
            }

            var i = (int)symbol;
            if (quoteSequence[i] != 0)
            {
                coalesced++;
            }
            else
            {
                waitingQuotes++;
            }

            quotes[i] = quote;
            quoteSequence[i] = ++sequence;
            StartFlushing();
        }
    }

    /// <summary>Writes a status change now, or queues it (never dropped) until the channel has room.</summary>
    public FeedStatusChanged Publish(FeedState state, string reason, Instant now)
    {
        lock (gate)
        {
            var status = new FeedStatusChanged(feedName, state, NextEventTime(now), reason);
            if (!IsWaiting && writer.TryWrite(InboundEvent.ForFeedStatus(status)))
            {
                return status;
            }

            statuses.Enqueue((++sequence, status));
            StartFlushing();
            return status;
        }
    }

    /// <summary>A last status at shutdown: written if the channel has room right now, else given up (the feed is ending).</summary>
    public void TryPublishFinal(FeedState state, string reason, Instant now)
    {
        lock (gate)
        {
            writer.TryWrite(InboundEvent.ForFeedStatus(new FeedStatusChanged(feedName, state, NextEventTime(now), reason)));
        }
    }

    private Instant NextEventTime(Instant received)
    {
        lastEventTime = received > lastEventTime ? received : lastEventTime;
        return lastEventTime;
    }

    private void StartFlushing() => flushing ??= Task.Run(FlushAsync, CancellationToken.None);

    private async Task FlushAsync()
    {
        try
        {
            while (await writer.WaitToWriteAsync(stopping).ConfigureAwait(false))
            {
                lock (gate)
                {
                    while (IsWaiting && TryWriteOldest())
                    {
                    }

                    if (!IsWaiting)
                    {
                        flushing = null;
                        return;
                    }
                }
            }

            lock (gate)
            {
                Array.Clear(quoteSequence);
                waitingQuotes = 0;
                statuses.Clear();
                flushing = null;
            }

            onWriterClosed();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            lock (gate)
            {
                flushing = null;
            }
        }
    }

    private bool TryWriteOldest()
    {
        var oldestQuote = -1;
        for (var i = 0; i < quoteSequence.Length; i++)
        {
            if (quoteSequence[i] != 0 && (oldestQuote < 0 || quoteSequence[i] < quoteSequence[oldestQuote]))
            {
                oldestQuote = i;
            }
        }

        if (statuses.Count > 0 && (oldestQuote < 0 || statuses.Peek().Sequence < quoteSequence[oldestQuote]))
        {
            if (!writer.TryWrite(InboundEvent.ForFeedStatus(statuses.Peek().Status)))
            {
                return false;
            }

            statuses.Dequeue();
            return true;
        }

        if (!writer.TryWrite(InboundEvent.ForQuote(quotes[oldestQuote])))
        {
            return false;
        }

        quoteSequence[oldestQuote] = 0;
        waitingQuotes--;
        written++;
        return true;
    }
}
