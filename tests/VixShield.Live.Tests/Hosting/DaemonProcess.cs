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

    public static DaemonProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
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
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return daemon;
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
