namespace VixShield.Live.Engine.Control;

/// <summary>The operator's switches: pause (no new orders) and the kill switch (cancel working orders, no new ones).</summary>
/// <remarks>Written by the control endpoint's threads and read by the execution path, so the flags are volatile; the kill
/// switch only ever turns on while the process runs. A live run saves it with its state, so it stays on across restarts
/// until the daemon is started with <c>--release-kill-switch</c> (and <c>Execution:KillSwitch</c> false).</remarks>
public sealed class OperatorControls
{
    private volatile bool paused;
    private volatile bool killed;

    public OperatorControls(bool killSwitchAtStart) => killed = killSwitchAtStart;

    public bool IsPaused => paused;

    public bool IsKilled => killed;

    /// <summary>Raised after any change, with a description of it.</summary>
    public event Action<string>? Changed;

    public void Pause(string by)
    {
        paused = true;
        Changed?.Invoke($"paused by {by}");
    }

    public void Resume(string by)
    {
        paused = false;
        Changed?.Invoke($"resumed by {by}");
    }

    public void Kill(string by)
    {
        killed = true;
        Changed?.Invoke($"kill switch engaged by {by}");
    }
}
