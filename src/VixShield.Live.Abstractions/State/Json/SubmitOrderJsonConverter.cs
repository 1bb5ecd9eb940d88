using System.Text.Json;
using System.Text.Json.Serialization;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Abstractions.State.Json;

/// <summary>An order by what its constructor takes (id, legs, quantity, limit, effect, time in force, purpose, layer),
/// rebuilt through that constructor so a stored order is checked like a new one.</summary>
public sealed class SubmitOrderJsonConverter : JsonConverter<SubmitOrder>
{
    public override SubmitOrder Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("an order is null");
        try
        {
            return new SubmitOrder(shape.ClientOrderId, shape.Legs, shape.Quantity, shape.LimitPrice, shape.Effect, shape.TimeInForce, shape.Purpose, shape.LayerId);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException($"order {shape.ClientOrderId} is invalid: {exception.Message}", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, SubmitOrder value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer,
            new Shape(value.ClientOrderId, value.Legs, value.Quantity, value.LimitPrice, value.Effect, value.TimeInForce, value.Purpose, value.LayerId), options);
    }

    private sealed record Shape(
        ClientOrderId ClientOrderId,
        IReadOnlyList<OrderLeg> Legs,
        int Quantity,
        decimal? LimitPrice,
        PriceEffect Effect,
        TimeInForce TimeInForce,
        OrderPurpose Purpose,
        string? LayerId);
}
