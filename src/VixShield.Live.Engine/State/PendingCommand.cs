using VixShield.Live.Abstractions.Execution;

namespace VixShield.Live.Engine.State;

/// <summary>A command the loop decided that is waiting for the snapshot recording it to be saved before it goes to the
/// broker: saved first, sent second, so that a crash in between restarts into a state that knows the order.</summary>
/// <param name="Sequence">Number of the command in the loop's order of decisions (increasing, never reused in a run).</param>
/// <param name="Submit">An order to submit, or null.</param>
/// <param name="Cancel">A cancel, or null.</param>
/// <param name="KillSwitchReason">The reason of a kill switch to activate, or null.</param>
public sealed record PendingCommand(long Sequence, SubmitOrder? Submit, CancelOrder? Cancel, string? KillSwitchReason)
{
    public ExecutionCommand ToCommand() =>
        (ExecutionCommand?)Submit ?? (ExecutionCommand?)Cancel ?? new ActivateKillSwitch(KillSwitchReason ?? throw new InvalidDataException($"pending command {Sequence} is empty"));

    public static PendingCommand From(long sequence, ExecutionCommand command) => command switch
    {
        SubmitOrder submit => new PendingCommand(sequence, submit, null, null),
        CancelOrder cancel => new PendingCommand(sequence, null, cancel, null),
        ActivateKillSwitch kill => new PendingCommand(sequence, null, null, kill.Reason),
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a command the broker path saves", nameof(command)),
    };
}
