using System.Threading.Channels;
using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;

/// <summary>Reads a client's event channel in order and keeps everything read, for assertions on sequences.</summary>
internal sealed class EventLog(ChannelReader<TwsEvent> events)
{
    private readonly List<TwsEvent> seen = [];

    public IReadOnlyList<TwsEvent> Seen => seen;

    /// <summary>Reads until an event of type <typeparamref name="T"/> satisfying <paramref name="predicate"/> arrives.</summary>
    public async Task<T> NextAsync<T>(CancellationToken cancellationToken, Func<T, bool>? predicate = null)
        where T : TwsEvent
    {
        while (await events.WaitToReadAsync(cancellationToken))
        {
            while (events.TryRead(out var next))
            {
                seen.Add(next);
                if (next is T match && (predicate is null || predicate(match)))
                {
                    return match;
                }
            }
        }

        throw new InvalidOperationException(
            $"the event channel completed before a {typeof(T).Name} arrived; seen: {string.Join(", ", seen.Select(e => e.GetType().Name))}");
    }

    /// <summary>Reads every remaining event until the channel completes (rethrowing a fault it completed with).</summary>
    public async Task ReadToEndAsync(CancellationToken cancellationToken)
    {
        while (await events.WaitToReadAsync(cancellationToken))
        {
            while (events.TryRead(out var next))
            {
                seen.Add(next);
            }
        }

        await events.Completion.WaitAsync(cancellationToken);
    }

    public IEnumerable<T> OfType<T>() => seen.OfType<T>();
}
