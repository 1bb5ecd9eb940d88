using System.Text.Json;
using NodaTime;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.State.Json;

namespace VixShield.Live.Engine.State;

/// <summary>Writes and reads the <see cref="EngineSnapshot"/> payload of the state store.</summary>
/// <remarks>Reading is strict (see <see cref="StateJson"/>): a payload of another format version, another program or a
/// damaged one is refused with the reason and the JSON path, never half restored.</remarks>
public static class EngineSnapshotJson
{
    /// <summary>The payload format this build writes and reads. Raise it when the shape changes incompatibly.</summary>
    public const int FormatVersion = 1;

    public static string Write(EngineSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return JsonSerializer.Serialize(snapshot, StateJson.Options);
    }

    /// <summary>The store record for <paramref name="snapshot"/>: this format, the market time as watermark (milliseconds
    /// since 1970, never decreasing in a live run) and the payload.</summary>
    public static StateSnapshot ToStored(EngineSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new StateSnapshot(FormatVersion, Watermark(snapshot.MarketTime), snapshot.MarketTime, Write(snapshot));
    }

    /// <exception cref="InvalidDataException">The format version is not <see cref="FormatVersion"/>, or the payload is not an
    /// engine snapshot of that format; the message says why and where.</exception>
    public static EngineSnapshot Read(StateSnapshot stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.FormatVersion != FormatVersion)
        {
            throw new InvalidDataException(
                $"the engine snapshot (market time {stored.MarketTime}) is in format {stored.FormatVersion}, and this build reads format {FormatVersion} only");
        }

        try
        {
            return JsonSerializer.Deserialize<EngineSnapshot>(stored.Payload, StateJson.Options)
                ?? throw new InvalidDataException("the engine snapshot's payload is the JSON literal null");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"the engine snapshot (market time {stored.MarketTime}, format {stored.FormatVersion}) cannot be read: {exception.Message}", exception);
        }
    }

    public static long Watermark(Instant marketTime) => Math.Max(0L, marketTime.ToUnixTimeMilliseconds());
}
