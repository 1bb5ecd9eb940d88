using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using VixShield.Live.Domain.Orders;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Abstractions.State.Json;

/// <summary>A contract as <c>{"kind","root","expiry","right","strike"}</c>, rebuilt through the <see cref="Instrument"/>
/// factories so a stored contract is checked like a new one.</summary>
public sealed class InstrumentJsonConverter : JsonConverter<Instrument>
{
    public override Instrument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("a contract is null");
        try
        {
            return shape.Kind switch
            {
                InstrumentKind.SpxwOption => Instrument.SpxwOption(Required(shape.Expiry, shape), Required(shape.Right, shape), Required(shape.Strike, shape)),
                InstrumentKind.VixOption => Instrument.VixOption(Required(shape.Expiry, shape), Required(shape.Right, shape), Required(shape.Strike, shape)),
                InstrumentKind.VixFuture => Instrument.VixFuture(Required(shape.Expiry, shape)),
                _ => Instrument.ExchangeTradedProduct(shape.Root ?? throw new JsonException($"the {shape.Kind} contract has no root (ticker)")),
            };
        }
        catch (ArgumentException exception)
        {
            throw new JsonException($"the {shape.Kind} contract is invalid: {exception.Message}", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, Instrument value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Shape(value.Kind, value.Root, value.Expiry, value.Right, value.Strike), options);

    private static T Required<T>(T? value, Shape shape)
        where T : struct =>
        value ?? throw new JsonException($"the {shape.Kind} contract lacks its {typeof(T).Name.ToLowerInvariant()}");

    private sealed record Shape(InstrumentKind Kind, string? Root, LocalDate? Expiry, OptionRight? Right, decimal? Strike);
}
