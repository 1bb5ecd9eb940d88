using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>A REQ_CONTRACT_DATA in flight: collects CONTRACT_DATA until CONTRACT_DATA_END.</summary>
/// <remarks>Error 200 (no security definition) is an answer, not a failure: the result is empty, with TWS's text in
/// <see cref="NotFoundReason"/>, because an absent contract (e.g. ADV-NYSE) is something the feed plans for.</remarks>
internal sealed class ContractLookup(string description) : PendingRequest(description)
{
    private const int NoSecurityDefinition = 200;

    private readonly List<TwsContractDetails> matches = [];
    private readonly TaskCompletionSource<IReadOnlyList<TwsContractDetails>> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<IReadOnlyList<TwsContractDetails>> Completion => completion.Task;

    /// <summary>TWS's words when it found no contract (error 200), else empty.</summary>
    public string NotFoundReason { get; private set; } = string.Empty;

    public override bool OnEvent(TwsEvent answer)
    {
        switch (answer)
        {
            case ContractDetailsReceived received:
                matches.Add(received.Details);
                return false;
            case ContractDetailsEnded:
                if (matches.Count == 0)
                {
                    NotFoundReason = "TWS returned no matching contract";
                }

                completion.TrySetResult(matches);
                return true;
            default:
                return false;
        }
    }

    public override void OnError(ErrorMessageReceived error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Code == NoSecurityDefinition)
        {
            NotFoundReason = $"{error.Code}: {error.Message}";
            completion.TrySetResult([]);
            return;
        }

        completion.TrySetException(new InteractiveBrokersRequestException($"{Description} failed ({error.Code}: {error.Message})", error.Code));
    }

    public override void Fail(Exception error) => completion.TrySetException(error);
}
