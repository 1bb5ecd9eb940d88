using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Events;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Client;

public sealed class TwsConnectivityTrackerTests
{
    [Fact]
    public void Observe_RepeatedFarmNotice_ReportsOnlyTheFirst()
    {
        var sut = new TwsConnectivityTracker();

        var first = sut.Observe(Notice(2104, "Market data farm connection is OK:usfarm"));
        var repeat = sut.Observe(Notice(2104, "Market data farm connection is OK:usfarm"));
        var otherFarm = sut.Observe(Notice(2104, "Market data farm connection is OK:usopt"));
        var broken = sut.Observe(Notice(2103, "Market data farm connection is broken:usfarm"));
        var brokenAgain = sut.Observe(Notice(2103, "Market data farm connection is broken:usfarm"));

        Assert.Equal([true, false, true, true, false], new[] { first, repeat, otherFarm, broken, brokenAgain });
    }

    [Fact]
    public void Observe_ConnectivityLostTwiceThenRestored_ReportsLossOnceAndRestoreOnce()
    {
        var sut = new TwsConnectivityTracker();

        var lost = sut.Observe(Notice(1100, "Connectivity between IB and Trader Workstation has been lost."));
        var alsoLost = sut.Observe(Notice(2110, "Connectivity between Trader Workstation and server is broken. It will be restored automatically."));
        var restored = sut.Observe(Notice(1101, "Connectivity between IB and TWS has been restored- data lost."));

        Assert.Equal([true, false, true], new[] { lost, alsoLost, restored });
    }

    [Fact]
    public void Observe_OrderError_IsNotAConnectionChange()
    {
        var sut = new TwsConnectivityTracker();

        Assert.False(sut.Observe(new ErrorMessageReceived(3, 201, "Order rejected", string.Empty)));
    }

    [Fact]
    public void Reset_AfterReconnect_ReportsStartupNoticesAgain()
    {
        var sut = new TwsConnectivityTracker();
        sut.Observe(Notice(2106, "HMDS data farm connection is OK:ushmds"));

        sut.Reset();

        Assert.True(sut.Observe(Notice(2106, "HMDS data farm connection is OK:ushmds")));
    }

    [Theory]
    [InlineData(1100, TwsConnectionNotice.ConnectivityLost)]
    [InlineData(1101, TwsConnectionNotice.ConnectivityRestoredDataLost)]
    [InlineData(1102, TwsConnectionNotice.ConnectivityRestoredDataMaintained)]
    [InlineData(2103, TwsConnectionNotice.MarketDataFarmBroken)]
    [InlineData(2105, TwsConnectionNotice.HistoricalDataFarmBroken)]
    [InlineData(2107, TwsConnectionNotice.HistoricalDataFarmInactive)]
    [InlineData(2108, TwsConnectionNotice.MarketDataFarmInactive)]
    [InlineData(2110, TwsConnectionNotice.ServerConnectivityBroken)]
    [InlineData(2157, TwsConnectionNotice.SecurityDefinitionFarmBroken)]
    [InlineData(2158, TwsConnectionNotice.SecurityDefinitionFarmConnected)]
    [InlineData(326, TwsConnectionNotice.ClientIdInUse)]
    [InlineData(502, TwsConnectionNotice.CouldNotConnect)]
    [InlineData(504, TwsConnectionNotice.NotConnected)]
    [InlineData(10167, TwsConnectionNotice.DelayedDataInstead)]
    [InlineData(10197, TwsConnectionNotice.CompetingLiveSession)]
    [InlineData(202, TwsConnectionNotice.None)]
    public void Classify_Code_GivesItsNotice(int code, TwsConnectionNotice expected)
    {
        Assert.Equal(expected, TwsConnectionNotices.Classify(code));
    }

    private static ErrorMessageReceived Notice(int code, string text) => new(-1, code, text, string.Empty);
}
