using System.Text.Json;
using VixShield.Live.Benchmarking;

namespace VixShield.Live.Tests.Benchmarking;

public sealed class BenchmarkReportTests
{
    private static readonly BenchmarkEnvironment Machine = new(2, ".NET 10.0.0", "Linux", ServerGarbageCollector: false, TimestampFrequency: 1_000_000_000, LoadAverage: 0.5);

    [Fact]
    public void ToJson_FiguresOfEveryKind_HaveTheDocumentedShape()
    {
        var sut = new BenchmarkReport(quick: true, Machine,
        [
            BenchmarkFigure.Measured("indicators.ema.updateNs", "ns", "EMA update", 4.5, BenchmarkTarget.AtMost(10, 20), FigureDetail.Of("fastestSampleNs", 4.1)),
            BenchmarkFigure.Measured("loop.quotesPerSecond", "quotes/s", "loop rate", 3_000_000, BenchmarkTarget.AtLeast(5_000_000, 20), FigureDetail.Of("onOneThread", "yes")),
            BenchmarkFigure.Measured("loop.pipelineQuotesPerSecond", "quotes/s", "pipeline rate", 2_000_000, target: null),
            BenchmarkFigure.NotMeasured("tws.decodedMessagesPerSecond", "messages/s", "decoder", BenchmarkTarget.AtLeast(2_000_000, 20), "adapter not included"),
        ]);

        using var document = JsonDocument.Parse(sut.ToJson());
        var root = document.RootElement;

        Assert.Equal("vixshield bench", root.GetProperty("tool").GetString());
        Assert.Equal("quick", root.GetProperty("mode").GetString());
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(1, root.GetProperty("exitCode").GetInt32());
        Assert.Equal(2, root.GetProperty("environment").GetProperty("processorCount").GetInt32());
        Assert.Equal(0.5, root.GetProperty("environment").GetProperty("loadAverage").GetDouble());
        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("pass").GetInt32());
        Assert.Equal(1, summary.GetProperty("fail").GetInt32());
        Assert.Equal(1, summary.GetProperty("informative").GetInt32());
        Assert.Equal(1, summary.GetProperty("not-measured").GetInt32());
        Assert.Equal(0, summary.GetProperty("within-noise").GetInt32());

        var figures = root.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(4, figures.Count);
        var ema = figures[0];
        Assert.Equal("indicators.ema.updateNs", ema.GetProperty("name").GetString());
        Assert.Equal("ns", ema.GetProperty("unit").GetString());
        Assert.Equal(4.5, ema.GetProperty("value").GetDouble());
        Assert.Equal("<=", ema.GetProperty("target").GetProperty("comparison").GetString());
        Assert.Equal(10, ema.GetProperty("target").GetProperty("limit").GetDouble());
        Assert.Equal(20, ema.GetProperty("target").GetProperty("noiseMarginPercent").GetDouble());
        Assert.Equal(12, ema.GetProperty("target").GetProperty("failureThreshold").GetDouble(), 9);
        Assert.Equal("pass", ema.GetProperty("status").GetString());
        Assert.Equal("EMA update", ema.GetProperty("description").GetString());
        Assert.Equal(4.1, ema.GetProperty("details").GetProperty("fastestSampleNs").GetDouble());

        var rate = figures[1];
        Assert.Equal(">=", rate.GetProperty("target").GetProperty("comparison").GetString());
        Assert.Equal(4_000_000, rate.GetProperty("target").GetProperty("failureThreshold").GetDouble(), 6);
        Assert.Equal("fail", rate.GetProperty("status").GetString());
        Assert.Equal("yes", rate.GetProperty("details").GetProperty("onOneThread").GetString());

        Assert.Equal(JsonValueKind.Null, figures[2].GetProperty("target").ValueKind);
        Assert.Equal("informative", figures[2].GetProperty("status").GetString());

        var tws = figures[3];
        Assert.Equal(JsonValueKind.Null, tws.GetProperty("value").ValueKind);
        Assert.Equal("not-measured", tws.GetProperty("status").GetString());
        Assert.Equal("adapter not included", tws.GetProperty("reason").GetString());
    }

    [Fact]
    public void ExitCode_MissesWithinTheMarginAndUnmeasuredFigures_IsZero()
    {
        var sut = new BenchmarkReport(quick: false, Machine,
        [
            BenchmarkFigure.Measured("latency.realistic.p99Us", "us", "p99", 23.9, BenchmarkTarget.AtMost(20, 20)),
            BenchmarkFigure.Measured("memory.steadyResidentMb", "MB", "rss", 160, BenchmarkTarget.AtMost(150, 10)),
            BenchmarkFigure.NotMeasured("startup.firstDecisionMs", "ms", "start-up", BenchmarkTarget.AtMost(2000, 20), "no history files"),
        ]);

        Assert.True(sut.Passed);
        Assert.Equal(0, sut.ExitCode);
        Assert.All(sut.Figures.Take(2), figure => Assert.Equal(FigureStatus.WithinNoise, figure.Status));
    }

    [Fact]
    public void ExitCode_OneByteAllocatedPerQuote_IsOne()
    {
        var sut = new BenchmarkReport(quick: false, Machine,
        [
            BenchmarkFigure.Measured("indicators.ema.updateNs", "ns", "EMA", 3, BenchmarkTarget.AtMost(10, 20)),
            BenchmarkFigure.Measured("loop.allocatedBytesPerQuote", "bytes/quote", "bytes", 1, BenchmarkTarget.AtMost(0, 0)),
        ]);

        Assert.False(sut.Passed);
        Assert.Equal(1, sut.ExitCode);
    }

    [Fact]
    public void WriteText_FailedFigure_ListsEveryFigureAndTheFailureCount()
    {
        var sut = new BenchmarkReport(quick: false, Machine,
        [
            BenchmarkFigure.Measured("indicators.rsi.updateNs", "ns", "RSI", 31, BenchmarkTarget.AtMost(10, 20)),
            BenchmarkFigure.NotMeasured("tws.decodedMessagesPerSecond", "messages/s", "decoder", BenchmarkTarget.AtLeast(2_000_000, 20), "adapter not included"),
        ]);
        using var output = new StringWriter();

        sut.WriteText(output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.StartsWith("indicators.rsi.updateNs", StringComparison.Ordinal) && line.EndsWith("fail", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("tws.decodedMessagesPerSecond", StringComparison.Ordinal) && line.EndsWith("not-measured", StringComparison.Ordinal));
        Assert.Contains("adapter not included", lines);
        Assert.Equal("result: 1 figure(s) missed the target by more than the noise margin", lines[^1]);
    }
}
