using System.Text.Json;

namespace VixShield.Live.Testing.Tws;

/// <summary>One event the reference client reported (a line of <c>NAME.peer-events.jsonl</c>).</summary>
public sealed record TwsGoldenPeerEvent(string Event, IReadOnlyList<JsonElement> Arguments);
