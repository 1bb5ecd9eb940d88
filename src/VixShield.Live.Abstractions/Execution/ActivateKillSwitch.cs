namespace VixShield.Live.Abstractions.Execution;

/// <summary>Stop all new orders and cancel every working order; stays active until the daemon restarts with the
/// kill switch off.</summary>
public sealed record ActivateKillSwitch(string Reason) : ExecutionCommand;
