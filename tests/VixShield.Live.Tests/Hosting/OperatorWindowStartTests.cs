using System.Globalization;
using System.Net;
using System.Net.Sockets;
using VixShield.Live.Tests.Reliability;

namespace VixShield.Live.Tests.Hosting;

/// <summary>The real daemon when the operator's window cannot listen: one line naming the setting, its value and the
/// cause, exit 2, no stack trace, nothing started, and the state left so that the next start runs normally.</summary>
public sealed class OperatorWindowStartTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-window-").FullName;

    [Fact]
    public async Task Run_HttpPortHeldByAnotherListener_ExitsTwoNamingThePortWithoutAStackTraceAndStartsNothing()
    {
        var dataDir = Path.Combine(directory, "port-in-use");
        var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        try
        {
            var port = ((IPEndPoint)occupant.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
            using var daemon = DaemonProcess.Start("--speed", "max", "--duration", "90m", "--data-dir", dataDir, "--http-port", port);

            var exitCode = await daemon.WaitForExitAsync(HangGuard);

            Assert.True(exitCode == 2, daemon.Error);
            var line = Assert.Single(daemon.Error.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));
            Assert.Contains($"Http:Port (--http-port) = {port} is already in use by another program", line, StringComparison.Ordinal);
            Assert.Contains("allowed: a free TCP port, or 0 to turn the window off", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", daemon.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", daemon.Error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, daemon.Output);
        }
        finally
        {
            occupant.Stop();
        }

        Assert.Empty(StateJournal.Read(Path.Combine(dataDir, "vixshield-state.db")));
        using var again = DaemonProcess.Start("--speed", "max", "--duration", "90m", "--data-dir", dataDir, "--http-port", "0");
        Assert.True(await again.WaitForExitAsync(HangGuard) == 0, again.Error);
        Assert.Equal("feed.started", StateJournal.Read(Path.Combine(dataDir, "vixshield-state.db"))[0].Type);
    }

    /// <summary>192.0.2.1 is in TEST-NET-1, reserved for documentation: no machine has it.</summary>
    [Fact]
    public async Task Run_HttpBindAddressNotOfThisMachine_ExitsTwoNamingTheAddressWithoutAStackTrace()
    {
        var environment = new Dictionary<string, string> { ["VIXSHIELD__Http__BindAddress"] = "192.0.2.1" };
        var port = DaemonProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        using var daemon = DaemonProcess.Start(environment, "--speed", "max", "--duration", "90m", "--data-dir", Path.Combine(directory, "foreign"), "--http-port", port);

        var exitCode = await daemon.WaitForExitAsync(HangGuard);

        Assert.True(exitCode == 2, daemon.Error);
        var line = Assert.Single(daemon.Error.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains("Http:BindAddress = '192.0.2.1' is not an address of this machine; allowed: 127.0.0.1", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", daemon.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, daemon.Output);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
