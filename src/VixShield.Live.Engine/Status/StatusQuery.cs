namespace VixShield.Live.Engine.Status;

/// <summary>A request for a <see cref="StatusSnapshot"/>, answered by the decision loop on its own thread.</summary>
public sealed class StatusQuery
{
    private readonly TaskCompletionSource<StatusSnapshot> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<StatusSnapshot> Answer => answer.Task;

    public void Reply(StatusSnapshot snapshot) => answer.TrySetResult(snapshot);
}
