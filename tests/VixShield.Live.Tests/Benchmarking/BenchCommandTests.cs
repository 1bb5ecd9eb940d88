using System.CommandLine;
using System.Text.Json;
using VixShield.Live.Benchmarking;
using VixShield.Live.Commands;
using VixShield.Live.Configuration;
using VixShield.Live.Testing;

namespace VixShield.Live.Tests.Benchmarking;

public sealed class BenchCommandTests
{
    private static readonly BenchmarkEnvironment Machine = new(2, ".NET 10.0.0", "Linux", ServerGarbageCollector: false, TimestampFrequency: 1_000_000_000, LoadAverage: null);

    [Fact]
    public async Task Bench_QuickJsonWithAMissedTarget_PrintsTheReportAndExitsOne()
    {
        BenchmarkSettings? seen = null;
        var figures = new[]
        {
            BenchmarkFigure.Measured("loop.quotesPerSecond", "quotes/s", "rate", 1_000_000, BenchmarkTarget.AtLeast(5_000_000, 20)),
            BenchmarkFigure.Measured("indicators.ema.updateNs", "ns", "EMA", 3, BenchmarkTarget.AtMost(10, 20)),
        };

        var (exitCode, output, _) = await RunAsync(
            (settings, _, _, _) =>
            {
                seen = settings;
                return Task.FromResult(new BenchmarkReport(settings.Quick, Machine, figures));
            },
            "bench", "--quick", "--json", "--config", RepositoryPaths.Path("config", "appsettings.json"));

        Assert.Equal(1, exitCode);
        Assert.NotNull(seen);
        Assert.True(seen.Quick);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("quick", document.RootElement.GetProperty("mode").GetString());
        var statuses = document.RootElement.GetProperty("figures").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() + ":" + f.GetProperty("status").GetString())
            .ToList();
        Assert.Equal(new[] { "loop.quotesPerSecond:fail", "indicators.ema.updateNs:pass" }, statuses);
    }

    [Fact]
    public async Task Bench_EveryTargetMet_ExitsZeroWithATable()
    {
        var (exitCode, output, _) = await RunAsync(
            (settings, _, _, _) => Task.FromResult(new BenchmarkReport(settings.Quick, Machine,
                [BenchmarkFigure.Measured("memory.steadyResidentMb", "MB", "rss", 90, BenchmarkTarget.AtMost(150, 10))])),
            "bench", "--config", RepositoryPaths.Path("config", "appsettings.json"));

        Assert.Equal(0, exitCode);
        Assert.Contains("memory.steadyResidentMb", output, StringComparison.Ordinal);
        Assert.Contains("result: every target met", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_MissingHistoryFile_ExitsTwoNamingTheFileAndMeasuresNothing()
    {
        var measured = false;
        var missing = Path.Combine(Path.GetTempPath(), "vixshield-no-such-history.csv");

        var (exitCode, _, error) = await RunAsync(
            (settings, _, _, _) =>
            {
                measured = true;
                return Task.FromResult(new BenchmarkReport(settings.Quick, Machine, []));
            },
            "bench", "--history", missing, "--config", RepositoryPaths.Path("config", "appsettings.json"));

        Assert.Equal(BenchCommand.InvalidInputExitCode, exitCode);
        Assert.False(measured);
        Assert.Contains($"--history '{missing}' does not exist", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        Func<BenchmarkSettings, DaemonConfiguration, TextWriter, CancellationToken, Task<BenchmarkReport>> measure, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { BenchCommand.Create(TimeProvider.System, measure) };
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
