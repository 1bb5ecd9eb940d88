using Microsoft.Extensions.Logging;
using NodaTime;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Engine.Control;
using VixShield.Live.Engine.Execution;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Engine.State;

namespace VixShield.Live.Hosting;

/// <summary>Start-up of a live run: loads the saved engine snapshot, restores the decision loop from it, says in the log
/// what was restored, and turns checkpoints on so the state is saved as the run goes.</summary>
/// <remarks>A snapshot that cannot be read or applied stops the start with the file's name and the reason; the file is
/// left as it is (it also holds the alert outbox and the order journal), never overwritten by a fresh state.</remarks>
public static class EngineStateRestore
{
    /// <param name="releaseKillSwitch">The operator asked (<c>--release-kill-switch</c>) to start with a saved kill switch off.</param>
    /// <returns>False when the start must stop; the reason has been written to <paramref name="errorOutput"/>.</returns>
    public static async Task<bool> RunAsync(
        DecisionLoop loop,
        IStateStore store,
        IAlertOutbox outbox,
        string filePath,
        ExecutionSafetyGate gate,
        OperatorControls controls,
        Instant resumeAt,
        bool releaseKillSwitch,
        ILogger logger,
        TextWriter errorOutput,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(errorOutput);
        try
        {
            // Alerts stored after the last snapshot (a crash between the two) keep their numbers: numbering continues after them.
            loop.ResumeAlertsAfter(await outbox.GetLastAlertSequenceAsync(cancellationToken).ConfigureAwait(false));
            var stored = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                logger.LogInformation("No saved engine state in {File}: the live run starts flat (a first start, or the state was removed)", filePath);
                return true;
            }

            var report = loop.Restore(EngineSnapshotJson.Read(stored), resumeAt);
            logger.LogInformation("Engine state from {File}, saved at market time {MarketTime}: {Summary}", filePath, stored.MarketTime, report.Summary);
            foreach (var note in report.Notes)
            {
                logger.LogWarning("Restore: {Note}", note);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or StateStoreException)
        {
            var problem = exception is StateStoreException ? exception.Message : $"State database '{filePath}': {exception.Message}";
            await errorOutput.WriteLineAsync(
                $"error: {problem}. The daemon did not start and left the file unchanged (it also holds the alert outbox and the order journal): " +
                "restore a good copy, or move the file aside to start with no saved state.").ConfigureAwait(false);
            return false;
        }

        if (releaseKillSwitch)
        {
            var released = gate.ReleaseKillSwitch();
            logger.LogWarning(released is null
                ? "--release-kill-switch: the saved state had no kill switch on; nothing to release"
                : "--release-kill-switch: the kill switch saved on ({Reason}) is released; orders can be sent again", released);
        }

        // The operator's switches follow the gate: a kill switch or pause in force before the restart is still in force.
        if (gate.KillSwitchReason is { } reason && !controls.IsKilled)
        {
            controls.Kill("the saved state (" + reason + ")");
            logger.LogWarning("The kill switch was on before the restart and stays on ({Reason}): no new orders; start once with --release-kill-switch to release it", reason);
        }

        if (gate.IsPaused && !controls.IsPaused)
        {
            controls.Pause("the saved state");
            logger.LogWarning("Execution was paused before the restart and stays paused until resumed");
        }

        return true;
    }
}
