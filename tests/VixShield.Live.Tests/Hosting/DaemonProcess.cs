using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using VixShield.Live.Testing;

namespace VixShield.Live.Tests.Hosting;

/// <summary>The real daemon (vixshield.dll from this test's output folder) started as a child process.</summary>
internal sealed partial class DaemonProcess : IDisposable
{
    private const int SignalTerminate = 15;
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly TaskCompletionSource firstOutputLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string Text, TaskCompletionSource Seen)> awaitedLogLines = [];
    private readonly List<(int Count, TaskCompletionSource Seen)> awaitedOutputCounts = [];
    private int outputLines;

    private DaemonProcess(Process process) => this.process = process;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    /// <summary>Completes when the daemon prints its first alert line on standard output.</summary>
    public Task FirstOutputLine => firstOutputLine.Task;

    public static DaemonProcess Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    public static DaemonProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vixshield.dll"));
        info.ArgumentList.Add("run");
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(RepositoryPaths.Path("config", "appsettings.json"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var daemon = new DaemonProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (daemon.output)
            {
                daemon.output.AppendLine(e.Data);
                daemon.outputLines++;
                foreach (var (count, seen) in daemon.awaitedOutputCounts)
                {
                    if (daemon.outputLines >= count)
                    {
                        seen.TrySetResult();
                    }
                }
            }

            daemon.firstOutputLine.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (daemon.error)
                {
                    daemon.error.AppendLine(e.Data);
                    foreach (var (text, seen) in daemon.awaitedLogLines)
                    {
                        if (e.Data.Contains(text, StringComparison.Ordinal))
                        {
                            seen.TrySetResult();
                        }
                    }
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return daemon;
    }

    /// <summary>Completes when a log line (standard error) containing <paramref name="text"/> has been written.</summary>
    public Task LogLine(string text)
    {
        lock (error)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (error.ToString().Contains(text, StringComparison.Ordinal))
            {
                seen.TrySetResult();
            }

            awaitedLogLines.Add((text, seen));
            return seen.Task;
        }
    }

    /// <summary>Completes when the daemon has printed at least <paramref name="count"/> alert lines.</summary>
    public Task OutputLines(int count)
    {
        lock (output)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (outputLines >= count)
            {
                seen.TrySetResult();
            }

            awaitedOutputCounts.Add((count, seen));
            return seen.Task;
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits for exit; the timeout is a hang guard only, not the expected path.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan hangGuard)
    {
        using var cancellation = new CancellationTokenSource(hangGuard);
        await process.WaitForExitAsync(cancellation.Token);
        return process.ExitCode;
    }

    public void Terminate()
    {
        if (Kill(process.Id, SignalTerminate) != 0)
        {
            throw new InvalidOperationException($"kill -TERM {process.Id} failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
