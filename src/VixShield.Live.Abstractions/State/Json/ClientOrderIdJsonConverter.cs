using System.Text.Json;
using System.Text.Json.Serialization;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.State.Json;

/// <summary>A client order id as its text, checked on reading.</summary>
public sealed class ClientOrderIdJsonConverter : JsonConverter<ClientOrderId>
{
    public override ClientOrderId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return ClientOrderId.TryParse(text, out var id)
            ? id
            : throw new JsonException($"'{text}' is not a client order id ({ClientOrderId.AllowedForm})");
    }

    public override void Write(Utf8JsonWriter writer, ClientOrderId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
