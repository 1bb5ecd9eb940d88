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
}
