using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using VixShield.Live.Domain.Condors;

namespace VixShield.Live.Abstractions.State.Json;

/// <summary>An iron condor by its expiry, four strikes, quantity and credit, rebuilt through its constructor (which checks them).</summary>
public sealed class IronCondorJsonConverter : JsonConverter<IronCondor>
{
    public override IronCondor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("a condor is null");
        try
        {
            return new IronCondor(shape.Expiry, shape.LongPutStrike, shape.ShortPutStrike, shape.ShortCallStrike, shape.LongCallStrike, shape.Quantity, shape.Credit);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException("the condor is invalid: " + exception.Message, exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, IronCondor value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer,
            new Shape(value.Expiry, value.LongPutStrike, value.ShortPutStrike, value.ShortCallStrike, value.LongCallStrike, value.Quantity, value.Credit), options);
    }

    private sealed record Shape(
        LocalDate Expiry, decimal LongPutStrike, decimal ShortPutStrike, decimal ShortCallStrike, decimal LongCallStrike, int Quantity, decimal Credit);
}
