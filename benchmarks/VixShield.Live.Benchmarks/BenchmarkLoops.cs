using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Benchmarks;

/// <summary>Builds the decision loop as the daemon and the comparison build it: condors, signals and the ALVH engines of
/// the shipped rulesets (the trading one first, then the comparison ones).</summary>
/// <remarks>No inline execution venue: the default venue (alerts only) has nothing to do on a quote. The rulesets and
/// economic calendar are read from the repository's <c>config</c> folder, found by walking up from the binaries.</remarks>
internal static class BenchmarkLoops
{
    private static readonly Lazy<string> ContentRoot = new(FindContentRoot);

    public static DecisionLoop Create(LoopComposition composition, ChannelReader<InboundEvent> inbound, ChannelWriter<Alert> alerts)
    {
        var daemon = composition == LoopComposition.Daemon;
        var alvh = new AlvhOptions();
        var rulesets = new List<string> { alvh.Ruleset };
        rulesets.AddRange(alvh.EffectiveComparisonRulesets.Where(name => name != alvh.Ruleset));
        var engines = rulesets.Select(name => AlvhEngine.Create(alvh, new PricingOptions(), SimulatedTape.Calendar, ContentRoot.Value, name)).ToList();
        return new DecisionLoop(
            inbound,
            alerts,
            SimulatedTape.Calendar,
            new EngineOptions { EmitBarEvents = daemon },
            watchStaleness: daemon,
            NullLogger<DecisionLoop>.Instance,
            new StrategyOptions(),
            execution: null,
            engines);
    }

    private static string FindContentRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "config", "rulesets")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("config/rulesets was not found above " + AppContext.BaseDirectory);
    }
}
