using System.Buffers.Binary;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Client;

/// <summary>Cuts a byte stream into frame payloads: a 4-byte big-endian length, then exactly that many bytes.</summary>
/// <remarks>
/// Never assumes one read is one message: bytes are buffered until a whole frame is present, however TCP splits
/// them. The returned payload points into the reader's buffer and is valid until the next call, so steady-state
/// reading allocates nothing; the buffer grows only for a frame larger than any seen before.
/// </remarks>
internal sealed class TwsFrameReader(Stream stream, int initialCapacity = TwsFrameReader.DefaultCapacity)
{
    public const int DefaultCapacity = 64 * 1024;

    private byte[] buffer = new byte[Math.Max(initialCapacity, TwsFraming.LengthPrefixSize)];
    private int start;
    private int end;

    /// <summary>The next payload, or null when the stream ended cleanly between frames.</summary>
    /// <exception cref="TwsProtocolException">The length exceeds the maximum, or the stream ended inside a frame.</exception>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        if (!await FillAsync(TwsFraming.LengthPrefixSize, cancellationToken).ConfigureAwait(false))
        {
            if (end == start)
            {
                return null;
            }

            throw new TwsProtocolException(
                $"truncated frame: the connection closed after {end - start} of the 4 length-prefix bytes");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(start, TwsFraming.LengthPrefixSize));
        if (length > TwsFraming.MaximumPayloadLength)
        {
            throw new TwsProtocolException(
                $"frame length {length} exceeds the protocol maximum of {TwsFraming.MaximumPayloadLength} bytes");
        }

        var frameSize = TwsFraming.LengthPrefixSize + (int)length;
        if (!await FillAsync(frameSize, cancellationToken).ConfigureAwait(false))
        {
            throw new TwsProtocolException(
                $"truncated frame: expected {length} payload bytes, the connection closed after {end - start - TwsFraming.LengthPrefixSize}");
        }

        var payload = buffer.AsMemory(start + TwsFraming.LengthPrefixSize, (int)length);
        start += frameSize;
        return payload;
    }

    /// <summary>Reads until <paramref name="count"/> unconsumed bytes are buffered; false if the stream ends first.</summary>
    private async ValueTask<bool> FillAsync(int count, CancellationToken cancellationToken)
    {
        while (end - start < count)
        {
            MakeRoom(count);
            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            end += read;
        }

        return true;
    }

    private void MakeRoom(int count)
    {
        if (buffer.Length - start >= count && end < buffer.Length)
        {
            return;
        }

        var unread = end - start;
        var target = buffer.Length >= count ? buffer : new byte[Math.Max(count, buffer.Length * 2)];
        Buffer.BlockCopy(buffer, start, target, 0, unread);
        buffer = target;
        start = 0;
        end = unread;
    }
}
