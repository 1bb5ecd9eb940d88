using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>The two handshake messages (protocol brief §2): the raw client hello and the server's version reply.</summary>
public static class TwsHandshake
{
    private static readonly byte[] Prefix = "API\0"u8.ToArray();

    /// <summary>The version range text we advertise: <c>v100..193</c>.</summary>
    public static string VersionRangeText { get; } = string.Create(
        CultureInfo.InvariantCulture, $"v{TwsServerVersion.MinimumAdvertised}..{TwsServerVersion.Maximum}");

    /// <summary><c>"API\0"</c>, a big-endian length, then the version range text without a terminator.</summary>
    public static byte[] CreateClientHello()
    {
        var version = Encoding.ASCII.GetBytes(VersionRangeText);
        var hello = new byte[Prefix.Length + TwsFraming.LengthPrefixSize + version.Length];
        Prefix.CopyTo(hello, 0);
        BinaryPrimitives.WriteInt32BigEndian(hello.AsSpan(Prefix.Length), version.Length);
        version.CopyTo(hello, Prefix.Length + TwsFraming.LengthPrefixSize);
        return hello;
    }

    /// <summary>Reads the first framed payload from the server: <c>[serverVersion, connectionTime]</c>.</summary>
    /// <exception cref="TwsProtocolException">The payload is not a version followed by a time.</exception>
    public static TwsServerHello ParseServerHello(ReadOnlySpan<byte> payload)
    {
        var reader = new TwsFieldReader(payload);
        reader.Identify(0, "server hello");
        var version = reader.ReadInt32("serverVersion");
        var time = reader.ReadString("connectionTime");
        return new TwsServerHello(version, time);
    }

    /// <summary>True when this client implements every layout of <paramref name="serverVersion"/>.</summary>
    public static bool IsSupported(int serverVersion)
        => serverVersion is >= TwsServerVersion.MinimumSupported and <= TwsServerVersion.Maximum;
}
