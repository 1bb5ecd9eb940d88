using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Condors;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Hosting;
using VixShield.Live.Rules.Hedging;

namespace VixShield.Live.Benchmarking;

/// <summary>Builds the decision loop exactly as <see cref="DaemonHost"/> composes it for <c>vixshield run</c>, so the bench
/// measures the daemon's own loop: condors and shadow stops, signals, the ALVH engines of the configured rulesets (the
/// trading one first) and the inline execution venue, warmed up like a simulated run.</summary>
/// <remarks>Keep in step with <see cref="DaemonHost"/>: a parameter added there belongs here too, or the bench measures a
/// lighter loop than the daemon runs.</remarks>
internal sealed class BenchmarkLoopFactory
{
    private readonly DaemonConfiguration configuration;
    private readonly ITradingCalendar calendar;
    private IReadOnlyList<Bar>? simulatedHistory;
    private Instant simulatedHistoryStart;

    public BenchmarkLoopFactory(DaemonConfiguration configuration, ITradingCalendar calendar)
    {
        this.configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        this.calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    public DaemonConfiguration Configuration => configuration;

    public ITradingCalendar Calendar => calendar;

    /// <param name="start">Market time the run starts at (the inline venue's clock starts there).</param>
    /// <param name="watchStaleness">True for the simulated market, false for replayed files (as the daemon decides).</param>
    public DecisionLoop Create(ChannelReader<InboundEvent> inbound, ChannelWriter<Alert> alerts, Instant start, bool watchStaleness)
    {
        var execution = ExecutionFactory.CreateInline(configuration, calendar, start, NullLoggerFactory.Instance);
        var rulesets = new List<string> { configuration.Alvh.Ruleset };
        rulesets.AddRange(configuration.Alvh.EffectiveComparisonRulesets.Where(name => name != configuration.Alvh.Ruleset));
        var hedgeEngines = rulesets
            .Select(name => AlvhEngine.Create(configuration.Alvh, new PricingOptions(), calendar, configuration.ContentRoot, name))
            .ToList();
        return new DecisionLoop(
            inbound,
            alerts,
            calendar,
            configuration.Engine,
            watchStaleness,
            NullLogger<DecisionLoop>.Instance,
            new StrategyOptions(),
            execution,
            hedgeEngines);
    }

    /// <summary>A loop for the simulated market starting at <paramref name="start"/>, its indicators warmed with the
    /// generated past the daemon gives a simulated run (generated once per start and reused).</summary>
    public DecisionLoop CreateSimulated(ChannelReader<InboundEvent> inbound, ChannelWriter<Alert> alerts, Instant start)
    {
        if (simulatedHistory is null || simulatedHistoryStart != start)
        {
            simulatedHistory = SimulatedWarmUp.Generate(new SimulatedMarketOptions { Seed = configuration.Simulation.Seed, Start = start }, calendar, start);
            simulatedHistoryStart = start;
        }

        var loop = Create(inbound, alerts, start, watchStaleness: true);
        loop.WarmUp(simulatedHistory);
        return loop;
    }
}
