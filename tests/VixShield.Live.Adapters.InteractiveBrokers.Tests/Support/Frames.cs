using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;

/// <summary>Independent helpers to build and split frames in tests (not the code under test).</summary>
internal static class Frames
{
    /// <summary>Splits a framed message into its message id and the fields after it; asserts the framing.</summary>
    public static (int MessageId, List<string> Fields) Split(byte[] frame)
    {
        Assert.True(frame.Length >= 5, "a frame has a 4-byte length and at least one field");
        var length = BinaryPrimitives.ReadInt32BigEndian(frame);
        Assert.Equal(frame.Length - 4, length);
        Assert.Equal(0, frame[^1]);
        var fields = Encoding.ASCII.GetString(frame, 4, length - 1).Split('\0').ToList();
        return (int.Parse(fields[0], CultureInfo.InvariantCulture), fields.Skip(1).ToList());
    }

    /// <summary>The payload (no length prefix) of a message with <paramref name="messageId"/> and <paramref name="fields"/>.</summary>
    public static byte[] Payload(int messageId, IEnumerable<string> fields)
    {
        var builder = new StringBuilder();
        builder.Append(messageId.ToString(CultureInfo.InvariantCulture)).Append('\0');
        foreach (var field in fields)
        {
            builder.Append(field).Append('\0');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
