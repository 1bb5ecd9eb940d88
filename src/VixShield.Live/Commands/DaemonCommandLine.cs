using System.CommandLine;
using VixShield.Live.Configuration;

namespace VixShield.Live.Commands;

/// <summary>The <c>vixshield</c> command tree.</summary>
public static class DaemonCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("VixShield.Live: live signal daemon for SPX iron condors with the Adaptive Layered VIX Hedge.")
        {
            RunCommand.Create(),
            CheckConfigCommand.Create(),
            CondorCommand.Create(),
            IndicatorsCommand.Create(),
            CompareCommand.Create(),
            BenchCommand.Create(),
        };
        return root;
    }

    /// <summary>How the program invokes the tree. SIGTERM and Ctrl-C cancel the running command, and <c>run</c> then
    /// stops within Daemon:ShutdownTimeout, which its host enforces. System.CommandLine's own limit (2 s unless set)
    /// would end the process first, mid-drain and with exit 143, so it is set past the longest shutdown allowed, as a
    /// backstop only.</summary>
    public static InvocationConfiguration CreateInvocation() =>
        new() { ProcessTerminationTimeout = DaemonOptions.MaximumShutdownTimeout + TimeSpan.FromSeconds(30) };
}
