using VixShield.Live.Testing;
using VixShield.Live.Tests.Commands;
using VixShield.Live.Tests.Hosting;

namespace VixShield.Live.Tests.Reliability;

/// <summary>Bad replay files given to <c>vixshield run --replay</c>: refused before the daemon starts with one line
/// naming the file, line, field and value; or, when the rows are readable, never able to stop the daemon.</summary>
public sealed class ReplayRunTests : IDisposable
{
    private const string TickHeader = "time,symbol,bid,ask,last";
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-replay-run-").FullName;

    [Theory]
    [InlineData("empty", "", "is empty")]
    [InlineData("header only", TickHeader + "\n", "has a header but no data rows")]
    [InlineData("unknown layout", "when,what\n2024-03-15,1\n", "matches no known layout")]
    [InlineData("bad last", TickHeader + "\n2024-03-15T09:30:00-04:00,SPX,,,5150\n2024-03-15T09:30:01-04:00,SPX,,,51x50\n", "line 3, field last: '51x50'")]
    [InlineData("unsorted", TickHeader + "\n2024-03-15T09:30:01-04:00,SPX,,,5150\n2024-03-15T09:30:00-04:00,SPX,,,5151\n", "line 3, field time")]
    [InlineData("wrong columns", TickHeader + "\n2024-03-15T09:30:00-04:00,SPX,5150\n", "line 2, field row")]
    public async Task Run_BadReplayFile_RefusesToStartWithOneLineNamingTheFileAndPlace(string name, string text, string expected)
    {
        var path = Path.Combine(directory, name.Replace(' ', '_') + "_spx.csv");
        await File.WriteAllTextAsync(path, text);

        var (exitCode, output, error) = await CommandRunner.RunAsync(
            "run", "--config", RepositoryPaths.Path("config", "appsettings.json"), "--replay", path, "--speed", "max",
            "--data-dir", Path.Combine(directory, "data"), "--http-port", "0");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Run_TapeWithBidAndAskNearTheDecimalLimit_DoesNotStopTheDaemon()
    {
        var path = Path.Combine(directory, "huge_quote.csv");
        await File.WriteAllTextAsync(path, TickHeader + "\n"
            + "2026-03-02T09:30:00-05:00,SPX,,,5900\n"
            + "2026-03-02T09:30:01-05:00,SPX,79228162514264337593543950335,79228162514264337593543950335,\n"
            + "2026-03-02T09:30:02-05:00,SPX,,,5901\n");
        using var daemon = DaemonProcess.Start("--replay", path, "--speed", "max", "--data-dir", Path.Combine(directory, "huge"), "--http-port", "0");

        var exitCode = await daemon.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, daemon.Error);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
