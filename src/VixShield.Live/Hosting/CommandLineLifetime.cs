using Microsoft.Extensions.Hosting;

namespace VixShield.Live.Hosting;

/// <summary>The host's lifetime when the command line owns the process signals.</summary>
/// <remarks>System.CommandLine already turns SIGTERM and SIGINT into the cancellation of <c>vixshield run</c>, which stops
/// the host. The default console lifetime registers a second SIGTERM handler; a SIGTERM that arrived while the host was
/// starting then ended the process with exit code 143 before the daemon had stopped (no drain, no final save).</remarks>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
