namespace VixShield.Live.Abstractions.Execution;

/// <summary>An instruction to the execution side (imperative names: <see cref="SubmitOrder"/>, <see cref="CancelOrder"/>,
/// <see cref="ActivateKillSwitch"/>), queued on the engine's command channel.</summary>
public abstract record ExecutionCommand;
