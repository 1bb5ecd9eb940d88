using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>A request waiting for TWS's answer: collects the events that belong to it until its end marker arrives.</summary>
/// <param name="description">What was asked, for error messages.</param>
/// <param name="requestId">The request id TWS puts in errors about it, or null when the request has none.</param>
internal sealed class PendingAnswer(string description, int? requestId, Func<TwsEvent, bool> belongs, Func<TwsEvent, bool> ends)
{
    private readonly List<TwsEvent> items = [];
    private readonly TaskCompletionSource<IReadOnlyList<TwsEvent>> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Description { get; } = description;

    public int? RequestId { get; } = requestId;

    public Task<IReadOnlyList<TwsEvent>> Completion => completion.Task;

    /// <summary>Takes <paramref name="answer"/> if it belongs here; true when the answer is now complete.</summary>
    public bool Offer(TwsEvent answer)
    {
        if (ends(answer))
        {
            completion.TrySetResult(items);
            return true;
        }

        if (belongs(answer))
        {
            items.Add(answer);
        }

        return false;
    }

    /// <summary>Completes with what arrived so far (error 200 for a lookup: nothing found is an answer).</summary>
    public void CompleteEmpty() => completion.TrySetResult(items);

    public void Fail(Exception error) => completion.TrySetException(error);
}
