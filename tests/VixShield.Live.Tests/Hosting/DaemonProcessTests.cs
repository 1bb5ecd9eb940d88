using System.Text.Json;

namespace VixShield.Live.Tests.Hosting;

public sealed class DaemonProcessTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-run-").FullName;

    [Fact]
    public async Task Run_DefaultSimulationOneDayAtMaxSpeed_ExitsZeroWithAJsonlEventLog()
    {
        var dataDir = Path.Combine(directory, "a");
        using var daemon = DaemonProcess.Start("--speed", "max", "--duration", "1d", "--data-dir", dataDir, "--http-port", "0");

        var exitCode = await daemon.WaitForExitAsync(HangGuard);

        Assert.True(exitCode == 0, daemon.Error);
        var events = File.ReadAllLines(Path.Combine(dataDir, "events.jsonl")).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var types = events.Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal("feed.started", types[0]);
        Assert.Equal("feed.stopped", types[^1]);
        Assert.Equal(1, types.Count(t => t == "session.open"));
        Assert.Equal(1, types.Count(t => t == "session.close"));
        Assert.Equal(390, events.Count(e => e.GetProperty("type").GetString() == "bar.closed"
            && e.GetProperty("instrument").GetString() == "SPX"
            && e.GetProperty("values").GetProperty("period").GetString() == "1m"));
        Assert.All(events, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reason").GetString())));
        Assert.Contains("session.open", daemon.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SameSeedTwice_WritesByteIdenticalEventLogs()
    {
        var first = Path.Combine(directory, "first");
        var second = Path.Combine(directory, "second");
        var third = Path.Combine(directory, "third");

        using (var daemon = DaemonProcess.Start("--speed", "max", "--duration", "90m", "--seed", "7", "--data-dir", first, "--http-port", "0"))
        {
            Assert.Equal(0, await daemon.WaitForExitAsync(HangGuard));
        }

        using (var daemon = DaemonProcess.Start("--speed", "max", "--duration", "90m", "--seed", "7", "--data-dir", second, "--http-port", "0"))
        {
            Assert.Equal(0, await daemon.WaitForExitAsync(HangGuard));
        }

        using (var daemon = DaemonProcess.Start("--speed", "max", "--duration", "90m", "--seed", "8", "--data-dir", third, "--http-port", "0"))
        {
            Assert.Equal(0, await daemon.WaitForExitAsync(HangGuard));
        }

        var a = File.ReadAllBytes(Path.Combine(first, "events.jsonl"));
        var b = File.ReadAllBytes(Path.Combine(second, "events.jsonl"));
        var c = File.ReadAllBytes(Path.Combine(third, "events.jsonl"));
        Assert.True(a.Length > 1000);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task Run_Sigterm_StopsFeedDrainsAndExitsZero()
    {
        var dataDir = Path.Combine(directory, "term");
        using var daemon = DaemonProcess.Start("--speed", "60", "--data-dir", dataDir, "--http-port", "0");
        await daemon.FirstOutputLine.WaitAsync(HangGuard);

        daemon.Terminate();
        var exitCode = await daemon.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == 0, daemon.Error);
        var lastEvent = JsonDocument.Parse(File.ReadLines(Path.Combine(dataDir, "events.jsonl")).Last()).RootElement;
        Assert.Equal("feed.stopped", lastEvent.GetProperty("type").GetString());
        Assert.Contains("Alert pump drained", daemon.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
