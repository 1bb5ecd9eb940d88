using System.Text.Json;
using System.Text.Json.Serialization;

namespace VixShield.Live.Abstractions.State.Json;

/// <summary>The JSON shape of persisted state (the engine snapshot and the parts adapters add to it), shared so every part
/// writes instants, dates, contracts and orders alike.</summary>
/// <remarks>
/// Strict on reading: an unknown property, a missing constructor parameter or a null where the type forbids one is an
/// error naming the JSON path, so a snapshot from another program or another format fails loudly instead of restoring
/// half a state. Computed (get-only) properties are not written: only what a constructor takes back. Doubles may be
/// NaN (indicator values before they are ready), written as the string <c>"NaN"</c>. Enums are written by name, so a
/// reordered enum cannot silently change a stored value.
/// </remarks>
public static class StateJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            IgnoreReadOnlyProperties = true,
            IgnoreReadOnlyFields = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new InstrumentJsonConverter());
        options.Converters.Add(new IronCondorJsonConverter());
        options.Converters.Add(new ClientOrderIdJsonConverter());
        options.Converters.Add(new SubmitOrderJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
