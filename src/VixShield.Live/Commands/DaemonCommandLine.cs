using System.CommandLine;

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

    /// <summary>How the program invokes the tree: without System.CommandLine's own signal handling (Program.cs owns
    /// SIGTERM and SIGINT and cancels the command), so nothing ends the process before <c>run</c> has stopped; the host
    /// bounds the stop by Daemon:ShutdownTimeout.</summary>
    public static InvocationConfiguration CreateInvocation() => new() { ProcessTerminationTimeout = null };
}
