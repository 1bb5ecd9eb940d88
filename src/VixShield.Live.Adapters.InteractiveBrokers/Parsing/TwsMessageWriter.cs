using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>Builds one outgoing frame: the length prefix, then each field as text plus a NUL (protocol brief §1.1).</summary>
/// <remarks>
/// Encodes values the way the official C# client does: invariant-culture numbers, <c>1</c>/<c>0</c> for flags,
/// empty text for an unset value written by the "…Max" writers, and the raw sentinel text where the official
/// client writes the sentinel itself.
/// </remarks>
internal sealed class TwsMessageWriter
{
    /// <summary>The text the official C# client writes for a raw <see cref="double.MaxValue"/>.</summary>
    public const string RawDoubleMaximum = "1.7976931348623157E+308";

    private const string DecimalFormat = "0.############################";

    private readonly ArrayBufferWriter<byte> buffer = new(256);

    public TwsMessageWriter(int messageId)
    {
        buffer.Advance(TwsFraming.LengthPrefixSize);
        Add(messageId);
    }

    public TwsMessageWriter Add(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            foreach (var character in value)
            {
                if (character is < ' ' or > '~')
                {
                    throw new ArgumentException(
                        $"TWS text fields must be printable ASCII; '{value}' contains U+{(int)character:X4}", nameof(value));
                }
            }

            var span = buffer.GetSpan(value.Length);
            var written = Encoding.ASCII.GetBytes(value, span);
            buffer.Advance(written);
        }

        return Terminate();
    }

    public TwsMessageWriter Add(int value) => AddFormattable(value);

    public TwsMessageWriter Add(bool value) => Add(value ? 1 : 0);

    /// <summary>A decimal in its shortest exact form: <c>6400</c>, <c>-2.35</c>, never a trailing zero or exponent.</summary>
    public TwsMessageWriter Add(decimal value) => Add(value.ToString(DecimalFormat, CultureInfo.InvariantCulture));

    /// <summary>An optional int written by the official "…Max" writer: unset is empty text.</summary>
    public TwsMessageWriter AddOrEmpty(int? value) => value is { } set ? Add(set) : Add(string.Empty);

    /// <summary>An optional decimal written by the official "…Max" writer: unset is empty text.</summary>
    public TwsMessageWriter AddOrEmpty(decimal? value) => value is { } set ? Add(set) : Add(string.Empty);

    /// <summary>The official client's raw <see cref="double.MaxValue"/> for fields it does not write through "…Max".</summary>
    public TwsMessageWriter AddRawDoubleMaximum() => Add(RawDoubleMaximum);

    /// <summary>The official client's raw <see cref="int.MaxValue"/> (duration, postToAts, manualOrderIndicator).</summary>
    public TwsMessageWriter AddRawIntMaximum() => Add(int.MaxValue);

    /// <summary>Patches the length prefix and returns the finished frame.</summary>
    public byte[] ToFrame()
    {
        var frame = buffer.WrittenSpan.ToArray();
        var payloadLength = frame.Length - TwsFraming.LengthPrefixSize;
        BinaryPrimitives.WriteInt32BigEndian(frame, payloadLength);
        return frame;
    }

    private TwsMessageWriter AddFormattable<T>(T value)
        where T : IUtf8SpanFormattable
    {
        var span = buffer.GetSpan(24);
        if (!value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("a number did not fit its 24-byte field buffer");
        }

        buffer.Advance(written);
        return Terminate();
    }

    private TwsMessageWriter Terminate()
    {
        buffer.GetSpan(1)[0] = TwsFraming.FieldTerminator;
        buffer.Advance(1);
        return this;
    }
}
