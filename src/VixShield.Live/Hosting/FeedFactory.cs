using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;
using VixShield.Live.Adapters.Replay;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Adapters.Simulation;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Hosting;

/// <summary>Chooses and builds the market-data feed named by <c>Feed:Kind</c>.</summary>
public static class FeedFactory
{
    /// <exception cref="ReplayDataException">A replay file has a bad row and <c>Feed:BadRows</c> is <c>stop</c>.</exception>
    public static IMarketDataFeed Create(DaemonConfiguration configuration, FeedPlan plan, ITradingCalendar calendar, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (configuration.Feed.Kind == FeedOptions.Replay)
        {
            var options = new ReplayFeedOptions
            {
                Sources = configuration.Feed.ReplayFiles.Select(path => new ReplaySource(path)).ToList(),
                BadRowPolicy = string.Equals(configuration.Feed.BadRows, "skip", StringComparison.OrdinalIgnoreCase) ? BadRowPolicy.Skip : BadRowPolicy.Stop,
                Start = configuration.Feed.StartDate is null ? null : plan.Start,
                End = plan.End == NodaTime.Instant.MaxValue ? null : plan.End,
            };
            return new ReplayMarketDataFeed(ReplayTape.Load(options, calendar), plan.Pacer, loggerFactory.CreateLogger<ReplayMarketDataFeed>());
        }

        if (configuration.Feed.Kind == FeedOptions.InteractiveBrokers)
        {
            return InteractiveBrokersFeedFactory.Create(configuration.InteractiveBrokers, TimeProvider.System, loggerFactory, calendar);
        }

        var simulation = new SimulatedMarketOptions
        {
            Seed = configuration.Simulation.Seed,
            Start = plan.Start,
            End = plan.End == NodaTime.Instant.MaxValue ? null : plan.End,
        };
        return new SimulatedMarketDataFeed(simulation, plan.Pacer, calendar, loggerFactory.CreateLogger<SimulatedMarketDataFeed>());
    }
}
