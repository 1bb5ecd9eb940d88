using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace VixShield.Live.Abstractions.State.Json;

/// <summary>An instant as ISO-8601 UTC text (<c>2026-03-03T14:35:00.25Z</c>); the start and end of time as NodaTime
/// writes them (<c>StartOfTime</c>, <c>EndOfTime</c>).</summary>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"expected an instant as ISO-8601 text, found {reader.TokenType}"));

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }

    public override Instant ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(InstantPattern.ExtendedIso.Format(value));
    }

    private static Instant Parse(string text)
    {
        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not an ISO-8601 UTC instant such as 2026-03-03T14:35:00Z");
    }
}
