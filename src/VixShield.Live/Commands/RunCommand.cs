using System.CommandLine;
using Microsoft.Extensions.Configuration;
using VixShield.Live.Configuration;
using VixShield.Live.Hosting;

namespace VixShield.Live.Commands;

/// <summary><c>vixshield run</c>: runs the daemon; with no options, the built-in simulated market at real time.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = ConfigOption.Create();
        var feed = new Option<string?>("--feed") { Description = "Market-data feed: sim (built-in simulated market, the default), replay (CSV files) or tws (Interactive Brokers TWS / IB Gateway)." };
        var replay = new Option<string[]>("--replay")
        {
            Description = "CSV file(s) for the replay feed: tick format time,symbol,bid,ask,last or CBOE/Yahoo/investing.com/TradingView/FirstRate bars. Repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var warmUp = new Option<string[]>("--warm-up")
        {
            Description = "Daily bar file(s) that warm the indicators up before a --feed tws run (Feed:WarmUp:Files), one per instrument, in any replay format. Repeatable. Default: TWS's daily history.",
            AllowMultipleArgumentsPerToken = true,
        };
        var speed = new Option<string?>("--speed") { Description = "max (as fast as possible) or market seconds per real second: 1 = real time (default), 60 = one market minute per second." };
        var duration = new Option<string?>("--duration") { Description = "Market time to run, e.g. 90m, 6h, 1d, 60d (d = trading days). Default: until Ctrl-C / SIGTERM or the end of the data." };
        var start = new Option<string?>("--start") { Description = "First trading day, yyyy-MM-dd (sim default 2026-03-02)." };
        var seed = new Option<string?>("--seed") { Description = "Seed of the simulated market (default 42); the same seed gives the same market." };
        var dataDir = new Option<string?>("--data-dir") { Description = "Folder for the event log (events.jsonl) and logs (default ./data)." };
        var twsHost = new Option<string?>("--tws-host") { Description = "TWS / IB Gateway host for --feed tws (default 127.0.0.1)." };
        var twsPort = new Option<string?>("--tws-port") { Description = "TWS / IB Gateway API port (paper TWS 7497, paper Gateway 4002)." };
        var clientId = new Option<string?>("--client-id") { Description = "API client id for the market-data connection (default 7)." };
        var httpPort = new Option<string?>("--http-port") { Description = "Port of the operator's window on 127.0.0.1 (health, metrics, status, dashboard); 0 = off. Default 5780." };
        var badRows = new Option<string?>("--bad-rows") { Description = "Replay files: stop (default) on the first bad row, or skip bad rows and count them." };
        var releaseKillSwitch = new Option<bool>("--release-kill-switch")
        {
            Description = "Live runs: start with the kill switch off although the saved state has it on (it stays on across restarts otherwise). Execution:KillSwitch=true still keeps it on.",
        };

        var command = new Command("run", "Run the daemon: feed -> indicators -> rules -> alerts.")
        {
            config, feed, replay, warmUp, speed, duration, start, seed, dataDir, badRows, httpPort, twsHost, twsPort, clientId, releaseKillSwitch,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            Put(overrides, "Feed:Kind", parseResult.GetValue(feed));
            Put(overrides, "Feed:Speed", parseResult.GetValue(speed));
            Put(overrides, "Feed:Duration", parseResult.GetValue(duration));
            Put(overrides, "Feed:Start", parseResult.GetValue(start));
            Put(overrides, "Feed:BadRows", parseResult.GetValue(badRows));
            Put(overrides, "Simulation:Seed", parseResult.GetValue(seed));
            Put(overrides, "Daemon:DataDirectory", parseResult.GetValue(dataDir));
            Put(overrides, "Http:Port", parseResult.GetValue(httpPort));
            Put(overrides, "InteractiveBrokers:Host", parseResult.GetValue(twsHost));
            Put(overrides, "InteractiveBrokers:Port", parseResult.GetValue(twsPort));
            Put(overrides, "InteractiveBrokers:ClientId", parseResult.GetValue(clientId));
            var files = parseResult.GetValue(replay) ?? [];
            for (var i = 0; i < files.Length; i++)
            {
                overrides[$"Feed:ReplayFiles:{i}"] = files[i];
            }

            var warmUpFiles = parseResult.GetValue(warmUp) ?? [];
            for (var i = 0; i < warmUpFiles.Length; i++)
            {
                overrides[$"{WarmUpOptions.SectionName}:Files:{i}"] = warmUpFiles[i];
            }

            if (files.Length > 0 && !overrides.ContainsKey("Feed:Kind"))
            {
                overrides["Feed:Kind"] = FeedOptions.Replay;
            }

            var error = parseResult.InvocationConfiguration.Error;
            IConfiguration raw;
            DaemonConfiguration loaded;
            string? path;
            try
            {
                raw = ConfigurationLoader.Build(parseResult.GetValue(config), overrides, out path);
                loaded = DaemonConfiguration.Load(raw, path);
            }
            catch (ConfigurationFileException ex)
            {
                await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 2;
            }

            if (loaded.Problems.Count > 0)
            {
                await error.WriteLineAsync($"error: the configuration has {loaded.Problems.Count} problem(s); the daemon did not start:").ConfigureAwait(false);
                foreach (var problem in loaded.Problems)
                {
                    await error.WriteLineAsync("  - " + problem).ConfigureAwait(false);
                }

                return 2;
            }

            return await DaemonHost.RunAsync(raw, loaded, path, parseResult.InvocationConfiguration.Output, error,
                parseResult.GetValue(releaseKillSwitch), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static void Put(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            overrides[key] = value.Trim();
        }
    }
}
