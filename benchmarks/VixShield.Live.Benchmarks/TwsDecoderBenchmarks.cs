using System.Buffers.Binary;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;

namespace VixShield.Live.Benchmarks;

/// <summary>Decoding TICK_PRICE and TICK_SIZE frames from a receive buffer (target: 2 million messages a second or more,
/// no allocation beyond the event itself).</summary>
/// <remarks>The buffer holds <see cref="FrameCount"/> length-prefixed frames as TWS streams them for index
/// subscriptions: bid, bid size, ask, ask size, last, last size and volume, cycling over eight request ids with prices
/// around 5900. Cutting the frames (reading each length prefix) is part of the measured work.</remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TwsDecoderBenchmarks
{
    private const int FrameCount = 1024;

    private static readonly Instant ReceivedTime = Instant.FromUtc(2025, 3, 4, 15, 0);

    private readonly byte[] buffer = BuildBuffer();

    [Benchmark(OperationsPerInvoke = FrameCount)]
    public int DecodeTicks()
    {
        var span = buffer.AsSpan();
        var priceTicks = 0;
        while (!span.IsEmpty)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(span);
            var payload = span.Slice(TwsFraming.LengthPrefixSize, length);
            if (TwsMessageDecoder.Decode(payload, TwsServerVersion.Maximum, ReceivedTime) is TickPriceReceived)
            {
                priceTicks++;
            }

            span = span[(TwsFraming.LengthPrefixSize + length)..];
        }

        return priceTicks;
    }

    private static byte[] BuildBuffer()
    {
        var frames = new List<byte>();
        var random = new Random(11);
        for (var i = 0; i < FrameCount; i++)
        {
            var requestId = 1000 + (i / 7 % 8);
            var price = (5900m + (random.Next(-400, 400) * 0.25m)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var size = random.Next(1, 500).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string[] fields = (i % 7) switch
            {
                0 => ["1", "6", $"{requestId}", "1", price, size, "1"],
                1 => ["2", "6", $"{requestId}", "0", size],
                2 => ["1", "6", $"{requestId}", "2", price, size, "0"],
                3 => ["2", "6", $"{requestId}", "3", size],
                4 => ["1", "6", $"{requestId}", "4", price, size, "0"],
                5 => ["2", "6", $"{requestId}", "5", size],
                _ => ["2", "6", $"{requestId}", "8", "123456"],
            };
            var payload = Encoding.ASCII.GetBytes(string.Join('\0', fields) + "\0");
            var prefix = new byte[TwsFraming.LengthPrefixSize];
            BinaryPrimitives.WriteInt32BigEndian(prefix, payload.Length);
            frames.AddRange(prefix);
            frames.AddRange(payload);
        }

        return [.. frames];
    }
}
