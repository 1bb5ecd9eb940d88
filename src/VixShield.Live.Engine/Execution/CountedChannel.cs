using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace VixShield.Live.Engine.Execution;

/// <summary>A channel whose reader knows its item count without the inner channel's lock: a bounded channel's
/// <see cref="ChannelReader{T}.Count"/> locks, and the decision loop asks whether venue events are waiting on every
/// inbound event.</summary>
/// <remarks>The count goes up before an item is written and down after it is read, so it never reports fewer items than
/// are waiting (at most, for the moment of a write, one more). Reading, waiting, completion and backpressure are the
/// inner channel's.</remarks>
internal sealed class CountedChannel<T> : Channel<T>
{
    private int count;

    public CountedChannel(Channel<T> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Reader = new CountedReader(this, inner.Reader);
        Writer = new CountedWriter(this, inner.Writer);
    }

    private sealed class CountedReader(CountedChannel<T> channel, ChannelReader<T> inner) : ChannelReader<T>
    {
        public override Task Completion => inner.Completion;

        public override bool CanCount => true;

        public override int Count => Math.Max(Volatile.Read(ref channel.count), 0);

        public override bool CanPeek => inner.CanPeek;

        public override bool TryRead([MaybeNullWhen(false)] out T item)
        {
            if (!inner.TryRead(out item))
            {
                return false;
            }

            Interlocked.Decrement(ref channel.count);
            return true;
        }

        public override bool TryPeek([MaybeNullWhen(false)] out T item) => inner.TryPeek(out item);

        public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) => inner.WaitToReadAsync(cancellationToken);
    }

    private sealed class CountedWriter(CountedChannel<T> channel, ChannelWriter<T> inner) : ChannelWriter<T>
    {
        public override bool TryComplete(Exception? error = null) => inner.TryComplete(error);

        public override bool TryWrite(T item)
        {
            Interlocked.Increment(ref channel.count);
            if (inner.TryWrite(item))
            {
                return true;
            }

            Interlocked.Decrement(ref channel.count);
            return false;
        }

        public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => inner.WaitToWriteAsync(cancellationToken);

        /// <summary>The inner channel's own write, so waiting writers keep its order when it is full.</summary>
        public override ValueTask WriteAsync(T item, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref channel.count);
            var write = inner.WriteAsync(item, cancellationToken);
            return write.IsCompletedSuccessfully ? default : AwaitWrite(write);
        }

        private async ValueTask AwaitWrite(ValueTask write)
        {
            try
            {
                await write.ConfigureAwait(false);
            }
            catch
            {
                Interlocked.Decrement(ref channel.count);
                throw;
            }
        }
    }
}
