using System.Text.Json;

namespace VixShield.Live.Testing.Tws;

/// <summary>One rule of a fake TWS script: when a request named <paramref name="On"/> matches, send <paramref name="Send"/>.</summary>
/// <param name="On">Request name, e.g. REQ_MKT_DATA.</param>
/// <param name="Match">Field label → required text (all must match).</param>
/// <param name="Send">Message templates: JSON objects with <c>msg</c> (a <c>type</c> and its fields) and optional <c>minVersion</c>.</param>
public sealed record FakeTwsScriptRule(string On, IReadOnlyDictionary<string, string> Match, IReadOnlyList<JsonElement> Send);
