using VixShield.Live.Adapters.InteractiveBrokers.Feeds;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

/// <summary>
/// <see cref="InteractiveBrokersMarketDataFeed"/> against the fake TWS on a real socket (<see cref="FeedHarness"/>).
/// The guard only turns a hang into a failure; the expected path never waits on time.
/// </summary>
public sealed partial class InteractiveBrokersMarketDataFeedTests : IDisposable
{
    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));

    private CancellationToken Guard => guard.Token;

    public void Dispose() => guard.Dispose();
}
