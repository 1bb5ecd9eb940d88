using NodaTime;
using VixShield.Live.Engine.Status;

namespace VixShield.Live.Engine.Condors;

/// <summary>The condor book between two events: the entry scheduled, the condors followed and the last comparison.</summary>
/// <param name="NextEntry">When the next condor is due (<see cref="Instant.MaxValue"/> when none is scheduled).</param>
/// <param name="EntryDate">The trade date of that entry.</param>
public sealed record CondorBookState(
    Instant NextEntry,
    LocalDate EntryDate,
    IReadOnlyList<CondorPositionState> Open,
    ComparisonView? LastComparison);
