using System.Globalization;
using System.Text.Json;

namespace VixShield.Live.Tests.Reliability;

/// <summary>One alert as the state database's journal holds it; <paramref name="Payload"/> is its stored JSON, whose
/// <c>values</c> keep each value's kind (<c>decimal</c>, <c>double</c>, <c>text</c>, <c>boolean</c>).</summary>
internal sealed record JournaledAlert(long JournalSequence, long Sequence, string Type, string IdempotencyKey, string Payload)
{
    public decimal Money(string name) => Value(name).GetProperty("decimal").GetDecimal();

    public string Text(string name) => Value(name) is var value && value.TryGetProperty("text", out var text)
        ? text.GetString() ?? string.Empty
        : Value(name).GetRawText();

    public bool Has(string name) => Values().Any(v => v.GetProperty("name").GetString() == name);

    public override string ToString() => Sequence.ToString(CultureInfo.InvariantCulture) + ":" + Type;

    private JsonElement Value(string name) =>
        Values().FirstOrDefault(v => v.GetProperty("name").GetString() == name) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new KeyNotFoundException($"alert {Sequence} ({Type}) has no value '{name}': {Payload}");

    private IEnumerable<JsonElement> Values() => JsonDocument.Parse(Payload).RootElement.GetProperty("values").EnumerateArray();
}
