using System.Runtime.InteropServices;
using VixShield.Live.Commands;

// The program owns SIGTERM and SIGINT: each cancels the running command, which stops in its own time (run: within
// Daemon:ShutdownTimeout). Cancelling here, not in System.CommandLine's handler, keeps a signal that arrives while the
// daemon is still starting from ending the process with exit code 143 before it has stopped.
using var stop = new CancellationTokenSource();
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
return await DaemonCommandLine.Create().Parse(args).InvokeAsync(DaemonCommandLine.CreateInvocation(), stop.Token).ConfigureAwait(false);

void RequestStop(PosixSignalContext context)
{
    context.Cancel = true;
    // Asynchronously: the signal thread must not run the stop callbacks itself.
    _ = stop.CancelAsync();
}
