using System.Globalization;
using NodaTime;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Rules.ShadowStops;

namespace VixShield.Live.Engine.Condors;

/// <summary>Capture and restore of the book across a restart.</summary>
public sealed partial class CondorBook
{
    public CondorBookState CaptureState()
    {
        var positions = new CondorPositionState[open.Count];
        for (var i = 0; i < open.Count; i++)
        {
            var position = open[i];
            positions[i] = new CondorPositionState(position.Proposal, position.SigmaAtEntry, position.LastMark,
                [.. position.Shadows.Strategies.Select(static s => s.CaptureState())]);
        }

        return new CondorBookState(nextEntry, entryDate, positions, LastComparison);
    }

    /// <summary>Replaces the book with <paramref name="state"/>. Shadow strategies are matched by name: one the
    /// configuration no longer has is dropped, one it added starts from the restore; both are reported.</summary>
    /// <returns>Notes on what differed from the configuration, for the log.</returns>
    public IReadOnlyList<string> RestoreState(CondorBookState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var notes = new List<string>();
        open.Clear();
        foreach (var saved in state.Open)
        {
            var condor = saved.Proposal.Condor;
            var shadows = ShadowStrategySet.Create(condor, stopOptions);
            foreach (var strategy in shadows.Strategies)
            {
                var match = saved.Shadows.FirstOrDefault(s => string.Equals(s.Name, strategy.Name, StringComparison.Ordinal));
                if (match is null)
                {
                    notes.Add($"condor {condor}: shadow strategy {strategy.Name} is new in the configuration and starts from the restart");
                    continue;
                }

                strategy.RestoreState(match);
            }

            foreach (var dropped in saved.Shadows.Where(s => shadows.Strategies.All(strategy => !string.Equals(strategy.Name, s.Name, StringComparison.Ordinal))))
            {
                notes.Add($"condor {condor}: shadow strategy {dropped.Name} is no longer configured and was dropped");
            }

            open.Add(new CondorPosition(saved.Proposal, new CondorMarkToMarket(condor, expiries, model), shadows)
            {
                SigmaAtEntry = saved.SigmaAtEntry,
                LastMark = saved.LastMark,
                // Derived, not saved: the first quote after the restart prices in full (no last pricing to bound from).
                LowestStopMark = LowestStopMark(shadows),
            });
        }

        nextEntry = state.NextEntry;
        entryDate = state.EntryDate;
        LastComparison = state.LastComparison;
        return notes;
    }

    /// <summary>Forgets the scheduled entry, for a restart that finds its session already closed.</summary>
    public void CancelScheduledEntry() => nextEntry = Instant.MaxValue;

    /// <summary>An open condor in words, with its last mark, for logs.</summary>
    public static string Describe(CondorPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var stopped = position.Shadows.Strategies.Where(s => s.IsStopped).Select(s => s.Name).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{position.Condor}, mark {position.LastMark}{(stopped.Count == 0 ? string.Empty : ", shadow stops fired: " + string.Join(", ", stopped))}");
    }
}
