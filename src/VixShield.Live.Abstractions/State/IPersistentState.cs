using System.Text.Json;

namespace VixShield.Live.Abstractions.State;

/// <summary>A part of the daemon outside the engine whose state must survive a restart, such as the in-process paper
/// broker and its price source: it adds its own section to the engine snapshot and reads it back at start-up.</summary>
/// <remarks>The decision loop calls <see cref="CaptureState"/> on its own thread between two events (nothing else calls
/// the part then), and <see cref="RestoreState"/> once, before the first event. The section is JSON written with
/// <see cref="Json.StateJson.Options"/>; the part owns its shape.</remarks>
public interface IPersistentState
{
    /// <summary>The section's name in the snapshot, stable across versions: <c>paper-broker</c>.</summary>
    string StateKey { get; }

    JsonElement CaptureState();

    /// <summary>Replaces the part's state with <paramref name="state"/>; returns what was restored, in words, for the
    /// start-up log.</summary>
    /// <exception cref="InvalidDataException">The section cannot be read back; the message says what is wrong.</exception>
    string RestoreState(JsonElement state);
}
