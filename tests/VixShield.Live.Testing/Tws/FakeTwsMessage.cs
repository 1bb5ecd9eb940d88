using System.Buffers.Binary;
using System.Text;

namespace VixShield.Live.Testing.Tws;

/// <summary>A server-to-client message of the fake TWS: an id and its fields as text (the framing is added on send).</summary>
public sealed record FakeTwsMessage(int MessageId, IReadOnlyList<string> Fields)
{
    /// <summary>The wire bytes: big-endian length, then the id and each field NUL-terminated.</summary>
    public byte[] ToFrame() => Frame([MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), .. Fields]);

    /// <summary>Frames arbitrary field texts (the handshake reply has no message id).</summary>
    public static byte[] Frame(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var payload = new List<byte>();
        foreach (var field in fields)
        {
            payload.AddRange(Encoding.UTF8.GetBytes(field));
            payload.Add(0);
        }

        var frame = new byte[4 + payload.Count];
        BinaryPrimitives.WriteInt32BigEndian(frame, payload.Count);
        payload.CopyTo(frame, 4);
        return frame;
    }
}
