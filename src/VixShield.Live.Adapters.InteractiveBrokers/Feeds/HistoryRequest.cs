using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>A REQ_HISTORICAL_DATA in flight; below v196 one HISTORICAL_DATA message is the whole answer.</summary>
/// <remarks>Error 162 saying the query returned no data is an empty answer (brief §8); any other error fails the
/// request with IB's code and text (a 162 pacing violation included, which the pacer exists to prevent).</remarks>
internal sealed class HistoryRequest(string description) : PendingRequest(description)
{
    private const int HistoricalDataError = 162;

    private readonly TaskCompletionSource<IReadOnlyList<HistoricalBar>> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<IReadOnlyList<HistoricalBar>> Completion => completion.Task;

    public override bool OnEvent(TwsEvent answer)
    {
        if (answer is not HistoricalDataReceived data)
        {
            return false;
        }

        completion.TrySetResult(data.Bars);
        return true;
    }

    public override void OnError(ErrorMessageReceived error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Code == HistoricalDataError && error.Message.Contains("returned no data", StringComparison.OrdinalIgnoreCase))
        {
            completion.TrySetResult([]);
            return;
        }

        completion.TrySetException(new InteractiveBrokersRequestException($"{Description} failed ({error.Code}: {error.Message})", error.Code));
    }

    public override void Fail(Exception error) => completion.TrySetException(error);
}
