using System.Buffers.Binary;
using System.Globalization;
using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Reliability;

/// <summary>Random and mutated bytes through the frame reader, the handshake parser and the message decoder: whatever
/// TWS (or a broken proxy) sends, the only exception that may escape is <see cref="TwsProtocolException"/>, which the
/// client turns into a closed connection and a reconnect; anything else would kill the read loop silently.</summary>
public sealed class TwsDecoderFuzzTests
{
    private const int FramesPerSeed = 4000;
    private static readonly int[] ServerVersions = [176, 178, 182, 187, 193, 194, 196];
    private static readonly Instant Received = Instant.FromUtc(2026, 10, 16, 13, 45);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Decode_ThousandsOfMutatedFrames_OnlyTwsProtocolExceptionEscapes(int seed)
    {
        var random = new Random(seed);
        var mutator = new TwsFrameMutator(random);
        var failures = new List<string>();
        var decoded = 0;
        var refused = 0;

        for (var i = 0; i < FramesPerSeed; i++)
        {
            var (payload, recipe) = mutator.Next();
            var version = ServerVersions[random.Next(ServerVersions.Length)];
            try
            {
                Assert.NotNull(TwsMessageDecoder.Decode(payload, version, Received));
                decoded++;
            }
            catch (TwsProtocolException exception)
            {
                Assert.False(string.IsNullOrWhiteSpace(exception.Message));
                refused++;
            }
            catch (Exception exception) when (failures.Count < 5)
            {
                failures.Add($"seed {seed} frame {i} ({recipe}, v{version}) [{Convert.ToHexString(payload)}]: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(decoded > FramesPerSeed / 20 && refused > FramesPerSeed / 20, $"the mutations should both pass and fail the decoder: {decoded} decoded, {refused} refused");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task ReadFrameAsync_ValidStreamCutIntoRandomChunks_ReturnsEveryPayloadWhole(int seed)
    {
        var random = new Random(seed);
        var (stream, payloads) = new TwsFrameMutator(random).FramedStream(300);
        var sut = new TwsFrameReader(new TrickleStream(stream, 1 + random.Next(40)), initialCapacity: 8);

        var read = new List<byte[]>();
        while (await sut.ReadFrameAsync(CancellationToken.None) is { } payload)
        {
            read.Add(payload.ToArray());
        }

        Assert.Equal(payloads, read);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public async Task ReadFrameAsync_RandomByteStreams_OnlyTwsProtocolExceptionEscapes(int seed)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        var outcomes = new int[2];
        for (var i = 0; i < 2000; i++)
        {
            var bytes = RandomStream(random);
            var sut = new TwsFrameReader(new TrickleStream(bytes, 1 + random.Next(16)), initialCapacity: 4);
            try
            {
                while (await sut.ReadFrameAsync(CancellationToken.None) is not null)
                {
                }

                outcomes[0]++;
            }
            catch (TwsProtocolException)
            {
                outcomes[1]++;
            }
            catch (Exception exception) when (failures.Count < 5)
            {
                failures.Add($"seed {seed} stream {i} [{Convert.ToHexString(bytes)}]: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.All(outcomes, count => Assert.True(count > 100, $"both clean ends and protocol errors expected: {string.Join("/", outcomes)}"));
    }

    [Theory]
    [InlineData(31)]
    public void ParseServerHello_MutatedHellos_OnlyTwsProtocolExceptionEscapes(int seed)
    {
        var random = new Random(seed);
        var mutator = new TwsFrameMutator(random);
        var failures = new List<string>();
        for (var i = 0; i < 2000; i++)
        {
            var payload = random.Next(2) == 0
                ? mutator.Next().Payload
                : Frames.Payload(random.Next(0, 400), [random.Next(3) == 0 ? string.Empty : "20261016 09:45:00 EDT"]);
            try
            {
                TwsHandshake.ParseServerHello(payload);
            }
            catch (TwsProtocolException)
            {
                // The documented refusal: the client reports "malformed bytes" and retries.
            }
            catch (Exception exception) when (failures.Count < 5)
            {
                failures.Add($"seed {seed} hello {i} [{Convert.ToHexString(payload)}]: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData(75, "SECURITY_DEFINITION_OPTION_PARAMETER", new[] { "9001", "SMART", "416904", "SPXW", "100", "0", "8388607", "6500" })]
    [InlineData(17, "HISTORICAL_DATA", new[] { "4001", "20261001", "20261015", "8388607", "20261015" })]
    public void Decode_ListCountFarBeyondWhatTheFrameHolds_IsRefusedWithoutAllocatingTheList(int messageId, string name, string[] fields)
    {
        var payload = Frames.Payload(messageId, fields);
        var small = Frames.Payload(messageId, [.. fields.Select(field => field == "8388607" ? "3" : field)]);
        Assert.Throws<TwsProtocolException>(() => TwsMessageDecoder.Decode(small, 193, Received));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<TwsProtocolException>(() => TwsMessageDecoder.Decode(payload, 193, Received));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(messageId, error.MessageId);
        Assert.True(allocated < 1_000_000,
            string.Create(CultureInfo.InvariantCulture, $"{name} declaring 8388607 items in a {payload.Length}-byte frame allocated {allocated} bytes before refusing it"));
    }

    /// <summary>Random streams biased towards plausible frames: small length prefixes, some oversized, some cut short.</summary>
    private static byte[] RandomStream(Random random)
    {
        var bytes = new List<byte>();
        var frames = random.Next(4);
        for (var f = 0; f < frames; f++)
        {
            var length = random.Next(10) switch
            {
                0 => TwsFraming.MaximumPayloadLength + 1 + random.Next(1000),
                1 => -1 - random.Next(1000),
                _ => random.Next(40),
            };
            var prefix = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(prefix, length);
            bytes.AddRange(prefix);
            var body = new byte[Math.Max(0, Math.Min(length, 60) - (random.Next(4) == 0 ? random.Next(5) : 0))];
            random.NextBytes(body);
            bytes.AddRange(body);
        }

        if (random.Next(3) == 0)
        {
            var tail = new byte[random.Next(6)];
            random.NextBytes(tail);
            bytes.AddRange(tail);
        }

        return [.. bytes];
    }
}
