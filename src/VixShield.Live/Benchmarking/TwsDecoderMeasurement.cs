using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;

namespace VixShield.Live.Benchmarking;

/// <summary>TICK_PRICE and TICK_SIZE frames decoded per second from a receive buffer (target: 2 million or more), and
/// bytes allocated per message beyond the event the decoder returns (target: 0).</summary>
/// <remarks>The buffer holds <see cref="FrameCount"/> length-prefixed frames as TWS streams them for index subscriptions
/// (bid, bid size, ask, ask size, last, last size, volume over eight request ids, prices around 5900, as the
/// BenchmarkDotNet suite's). Cutting the frames is part of the work. The event bytes are measured by building the same
/// events directly, so the second figure is exactly what decoding adds on top of them.</remarks>
internal static class TwsDecoderMeasurement
{
    private const int FrameCount = 1024;
    private const int PassesPerSample = 100;
    private static readonly Instant ReceivedTime = Instant.FromUtc(2026, 3, 3, 15, 0);
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(500);

    public static IReadOnlyList<BenchmarkFigure> Measure(int samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var (buffer, events) = BuildFrames();
        if (FirstMismatch(buffer, events) is { } mismatch)
        {
            return
            [
                BenchmarkFigure.NotMeasured("tws.decodedMessagesPerSecond", "messages/s", "TICK_PRICE and TICK_SIZE frames decoded per second",
                    BenchmarkTarget.AtLeast(2_000_000, BenchmarkTarget.TimingNoiseMarginPercent), "the decoder does not read the benchmark frames as built: " + mismatch),
            ];
        }

        var warmedAt = Stopwatch.GetTimestamp() + (long)(WarmUp.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < warmedAt)
        {
            DecodeAll(buffer);
        }

        var rates = new double[samples];
        var decodeBytes = 0L;
        for (var s = 0; s < samples; s++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            for (var p = 0; p < PassesPerSample; p++)
            {
                DecodeAll(buffer);
            }

            rates[s] = PassesPerSample * (double)FrameCount / Stopwatch.GetElapsedTime(started).TotalSeconds;
            decodeBytes += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var eventBytes = EventBytes(events);
        var messages = (double)samples * PassesPerSample * FrameCount;
        Array.Sort(rates);
        return
        [
            BenchmarkFigure.Measured(
                "tws.decodedMessagesPerSecond",
                "messages/s",
                "TICK_PRICE and TICK_SIZE frames cut from a receive buffer and decoded per second (TwsMessageDecoder.Decode); median of " + samples + " samples",
                rates[samples / 2],
                BenchmarkTarget.AtLeast(2_000_000, BenchmarkTarget.TimingNoiseMarginPercent),
                FigureDetail.Of("fastestSample", rates[^1]),
                FigureDetail.Of("nanosecondsPerMessage", 1e9 / rates[samples / 2]),
                FigureDetail.Of("allocatedBytesPerMessage", decodeBytes / messages),
                FigureDetail.Of("eventBytesPerMessage", eventBytes / (double)FrameCount)),
            BenchmarkFigure.Measured(
                "tws.bytesBeyondEventPerMessage",
                "bytes/message",
                "bytes allocated per decoded message beyond the event object itself",
                Math.Max(0, (decodeBytes / messages) - (eventBytes / (double)FrameCount)),
                BenchmarkTarget.AtMost(0, BenchmarkTarget.ExactNoiseMarginPercent)),
        ];
    }

    private static int DecodeAll(byte[] buffer)
    {
        var span = buffer.AsSpan();
        var decoded = 0;
        while (!span.IsEmpty)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(span);
            if (TwsMessageDecoder.Decode(span.Slice(TwsFraming.LengthPrefixSize, length), TwsServerVersion.Maximum, ReceivedTime) is not null)
            {
                decoded++;
            }

            span = span[(TwsFraming.LengthPrefixSize + length)..];
        }

        return decoded;
    }

    /// <summary>Checks that every frame decodes to the event it was built from, so the timing is of the real path.</summary>
    private static string? FirstMismatch(byte[] buffer, IReadOnlyList<TwsEvent> events)
    {
        var span = buffer.AsSpan();
        for (var i = 0; i < events.Count; i++)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(span);
            var decoded = TwsMessageDecoder.Decode(span.Slice(TwsFraming.LengthPrefixSize, length), TwsServerVersion.Maximum, ReceivedTime);
            if (!Equals(decoded, events[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"frame #{i}: expected {events[i]}, decoded {decoded}");
            }

            span = span[(TwsFraming.LengthPrefixSize + length)..];
        }

        return null;
    }

    /// <summary>Bytes allocated by building the events of one buffer directly (what any decoder must allocate).</summary>
    private static long EventBytes(IReadOnlyList<TwsEvent> events)
    {
        var kept = new TwsEvent[events.Count];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < events.Count; i++)
        {
            kept[i] = events[i] switch
            {
                TickPriceReceived price => new TickPriceReceived(price.RequestId, price.TickType, price.Price, price.Size, price.Attributes) { ReceivedTime = ReceivedTime },
                TickSizeReceived size => new TickSizeReceived(size.RequestId, size.TickType, size.Size) { ReceivedTime = ReceivedTime },
                _ => throw new InvalidOperationException("only tick events are in the buffer"),
            };
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static (byte[] Buffer, IReadOnlyList<TwsEvent> Events) BuildFrames()
    {
        var frames = new List<byte>();
        var events = new List<TwsEvent>(FrameCount);
        var random = new Random(11);
        for (var i = 0; i < FrameCount; i++)
        {
            var requestId = 1000 + (i / 7 % 8);
            var price = 5900m + (random.Next(-400, 400) * 0.25m);
            var size = (decimal)random.Next(1, 500);
            (string Fields, TwsEvent Event) frame = (i % 7) switch
            {
                0 => (Fields(1, requestId, TwsTickType.Bid, price, size, 1), Price(requestId, TwsTickType.Bid, price, size, TwsTickAttributes.CanAutoExecute)),
                1 => (Fields(2, requestId, TwsTickType.BidSize, size), Size(requestId, TwsTickType.BidSize, size)),
                2 => (Fields(1, requestId, TwsTickType.Ask, price, size, 0), Price(requestId, TwsTickType.Ask, price, size, TwsTickAttributes.None)),
                3 => (Fields(2, requestId, TwsTickType.AskSize, size), Size(requestId, TwsTickType.AskSize, size)),
                4 => (Fields(1, requestId, TwsTickType.Last, price, size, 0), Price(requestId, TwsTickType.Last, price, size, TwsTickAttributes.None)),
                5 => (Fields(2, requestId, TwsTickType.LastSize, size), Size(requestId, TwsTickType.LastSize, size)),
                _ => (Fields(2, requestId, TwsTickType.Volume, 123_456m), Size(requestId, TwsTickType.Volume, 123_456m)),
            };
            var payload = Encoding.ASCII.GetBytes(frame.Fields);
            var prefix = new byte[TwsFraming.LengthPrefixSize];
            BinaryPrimitives.WriteInt32BigEndian(prefix, payload.Length);
            frames.AddRange(prefix);
            frames.AddRange(payload);
            events.Add(frame.Event);
        }

        return ([.. frames], events);
    }

    /// <summary>Message id, version 6, request id, tick type, then the values, each NUL-terminated (protocol brief 1.1).</summary>
    private static string Fields(int messageId, int requestId, TwsTickType tickType, params decimal[] values)
    {
        string[] leading = [messageId.ToString(CultureInfo.InvariantCulture), "6", requestId.ToString(CultureInfo.InvariantCulture), ((int)tickType).ToString(CultureInfo.InvariantCulture)];
        return string.Concat(leading.Concat(values.Select(v => v.ToString(CultureInfo.InvariantCulture))).Select(field => field + "\0"));
    }

    private static TickPriceReceived Price(int requestId, TwsTickType tickType, decimal price, decimal size, TwsTickAttributes attributes) =>
        new(requestId, tickType, price, size, attributes) { ReceivedTime = ReceivedTime };

    private static TickSizeReceived Size(int requestId, TwsTickType tickType, decimal size) =>
        new(requestId, tickType, size) { ReceivedTime = ReceivedTime };
}
