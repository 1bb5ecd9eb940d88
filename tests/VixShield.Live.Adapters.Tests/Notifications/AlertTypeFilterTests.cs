using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Tests.Notifications;

public sealed class AlertTypeFilterTests
{
    private readonly AlertTypeFilter sut = new(AlertDeliveryMode.On, new Dictionary<string, AlertDeliveryMode>
    {
        ["feed"] = AlertDeliveryMode.Quiet,
        ["feed.recovered"] = AlertDeliveryMode.Off,
        ["bar"] = AlertDeliveryMode.Off,
    });

    [Theory]
    [InlineData("feed", AlertDeliveryMode.Quiet)]
    [InlineData("feed.stale", AlertDeliveryMode.Quiet)]
    [InlineData("FEED.Stale", AlertDeliveryMode.Quiet)]
    [InlineData("feed.recovered", AlertDeliveryMode.Off)]
    [InlineData("feed.recovered.late", AlertDeliveryMode.Off)]
    [InlineData("feeder.x", AlertDeliveryMode.On)]
    [InlineData("bar.closed", AlertDeliveryMode.Off)]
    [InlineData("session.open", AlertDeliveryMode.On)]
    public void ModeFor_Type_UsesLongestWholeSegmentPrefixOrDefault(string type, AlertDeliveryMode expected)
    {
        Assert.Equal(expected, sut.ModeFor(type));
    }

    [Theory]
    [InlineData("feed.stale", AlertSeverity.Debug, false)]
    [InlineData("feed.stale", AlertSeverity.Info, false)]
    [InlineData("feed.stale", AlertSeverity.Warning, true)]
    [InlineData("feed.stale", AlertSeverity.Critical, true)]
    [InlineData("bar.closed", AlertSeverity.Critical, false)]
    [InlineData("session.open", AlertSeverity.Debug, true)]
    public void Allows_ModeAndSeverity_QuietPassesOnlyWarningsAndAbove(string type, AlertSeverity severity, bool expected)
    {
        Assert.Equal(expected, sut.Allows(SomeAlert.Create(type: type, severity: severity)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".feed")]
    [InlineData("feed.")]
    [InlineData("feed..stale")]
    [InlineData("feed stale")]
    public void Constructor_InvalidPrefix_ThrowsNamingIt(string prefix)
    {
        var error = Assert.Throws<ArgumentException>(() => new AlertTypeFilter(AlertDeliveryMode.On, new Dictionary<string, AlertDeliveryMode> { [prefix] = AlertDeliveryMode.Off }));

        Assert.Contains($"alert type prefix '{prefix}' is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedMode_ThrowsNamingThePrefix()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new AlertTypeFilter(AlertDeliveryMode.On, new Dictionary<string, AlertDeliveryMode> { ["feed"] = (AlertDeliveryMode)9 }));

        Assert.Contains("the mode of prefix 'feed' must be On, Off or Quiet", error.Message, StringComparison.Ordinal);
    }
}
