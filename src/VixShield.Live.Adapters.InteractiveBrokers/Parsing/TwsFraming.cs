namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>Constants of the TWS frame format (protocol brief §1): a 4-byte big-endian length, then NUL-terminated fields.</summary>
public static class TwsFraming
{
    /// <summary>Bytes of the big-endian length prefix in front of every frame.</summary>
    public const int LengthPrefixSize = 4;

    /// <summary>The largest payload the official clients accept (16 MiB - 1); anything longer is a protocol error.</summary>
    public const int MaximumPayloadLength = 0xFFFFFF;

    /// <summary>The field terminator.</summary>
    public const byte FieldTerminator = 0;
}
