using System.Globalization;
using VixShield.Live.Tests.Hosting;

namespace VixShield.Live.Tests.Http;

/// <summary>One daemon on the simulated market at 60x with its operator's window on a free loopback port.</summary>
public sealed class RunningDaemon : IAsyncLifetime
{
    public const string Token = "test-control-token-0123456789";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private readonly string directory = Directory.CreateTempSubdirectory("vixshield-http-").FullName;
    private DaemonProcess? process;

    public int Port { get; } = DaemonProcess.FreePort();

    public HttpClient Client { get; } = new();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public async Task InitializeAsync()
    {
        process = DaemonProcess.Start(
            new Dictionary<string, string> { ["VIXSHIELD__Http__ControlToken"] = Token },
            "--speed", "60", "--data-dir", directory, "--http-port", Port.ToString(CultureInfo.InvariantCulture));
        Client.BaseAddress = BaseAddress;
        await process.LogLine("Operator's window at").WaitAsync(HangGuard);
        await process.FirstOutputLine.WaitAsync(HangGuard);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        process?.Dispose();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}
