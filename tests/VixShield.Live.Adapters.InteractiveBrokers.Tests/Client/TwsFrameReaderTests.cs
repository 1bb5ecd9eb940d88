using System.Buffers.Binary;
using System.Text;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Client;

public sealed class TwsFrameReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public async Task ReadFrameAsync_BytesArrivingInAnyChunks_ReturnsEachPayloadWhole(int chunk)
    {
        var first = Frame("1\u00006\u00001001\u00004\u00006563.45\u00000\u00000\u0000");
        var second = Frame("62\u00001\u0000");
        var stream = new TrickleStream([.. first, .. second], chunk);
        var sut = new TwsFrameReader(stream, initialCapacity: 8);

        var one = await sut.ReadFrameAsync(CancellationToken.None);
        Assert.Equal(first[4..], one!.Value.ToArray());
        var two = await sut.ReadFrameAsync(CancellationToken.None);
        Assert.Equal(second[4..], two!.Value.ToArray());
        Assert.Null(await sut.ReadFrameAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadFrameAsync_LengthAboveMaximum_ThrowsProtocolError()
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, TwsFraming.MaximumPayloadLength + 1);
        var sut = new TwsFrameReader(new TrickleStream(header, 8));

        var error = await Assert.ThrowsAsync<TwsProtocolException>(async () => await sut.ReadFrameAsync(CancellationToken.None));

        Assert.Contains("16777216", error.Message, StringComparison.Ordinal);
        Assert.Contains("exceeds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFrameAsync_StreamEndsInsideFrame_ThrowsTruncated()
    {
        var frame = Frame("9\u00001\u00001\u0000");
        var sut = new TwsFrameReader(new TrickleStream(frame[..^2], 2));

        var error = await Assert.ThrowsAsync<TwsProtocolException>(async () => await sut.ReadFrameAsync(CancellationToken.None));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFrameAsync_StreamEndsInsideLengthPrefix_ThrowsTruncated()
    {
        var sut = new TwsFrameReader(new TrickleStream([0, 0], 1));

        await Assert.ThrowsAsync<TwsProtocolException>(async () => await sut.ReadFrameAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadFrameAsync_FrameLargerThanBuffer_GrowsAndReturnsIt()
    {
        var body = new string('x', 100_000) + "\0";
        var frame = Frame(body);
        var sut = new TwsFrameReader(new TrickleStream(frame, 7000), initialCapacity: 16);

        var payload = await sut.ReadFrameAsync(CancellationToken.None);

        Assert.Equal(100_001, payload!.Value.Length);
    }

    private static byte[] Frame(string payload)
    {
        var bytes = Encoding.ASCII.GetBytes(payload);
        var frame = new byte[bytes.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(frame, bytes.Length);
        bytes.CopyTo(frame, 4);
        return frame;
    }
}
