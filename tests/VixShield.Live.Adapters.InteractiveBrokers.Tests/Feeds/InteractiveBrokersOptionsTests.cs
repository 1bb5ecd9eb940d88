using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Feeds;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Feeds;

public sealed class InteractiveBrokersOptionsTests
{
    [Fact]
    public void Validate_Defaults_HasNoProblems()
    {
        var sut = new InteractiveBrokersOptions();

        Assert.Empty(sut.Validate());
        Assert.Equal(("127.0.0.1", 7497, 7), (sut.Host, sut.Port, sut.ClientId));
        Assert.Equal((TwsMarketDataType.Delayed, 0.20, 3), (sut.MarketDataType, sut.JumpRejectFraction, sut.JumpConfirmationTicks));
        Assert.Equal("InteractiveBrokers", InteractiveBrokersOptions.SectionName);
    }

    [Fact]
    public void Validate_BadValues_NameEachKeyItsValueAndWhatIsAllowed()
    {
        var sut = new InteractiveBrokersOptions
        {
            Host = " ",
            Port = 0,
            ClientId = -1,
            MessagesPerSecond = 45,
            MessageBurst = 5,
            MarketDataType = (TwsMarketDataType)9,
            JumpRejectFraction = 1.5,
            JumpConfirmationTicks = 0,
            RequestTimeout = TimeSpan.Zero,
            ConnectRetryAttempts = -1,
            ConnectRetryDelay = TimeSpan.FromSeconds(10),
            ConnectRetryMaxDelay = TimeSpan.FromSeconds(5),
            DailyResetStart = TimeSpan.FromHours(24),
            WeeklyResetDay = IsoDayOfWeek.None,
        };

        var problems = sut.Validate();

        Assert.Equal(
            [
                "InteractiveBrokers:Host", "InteractiveBrokers:Port", "InteractiveBrokers:ClientId", "InteractiveBrokers:MessagesPerSecond",
                "InteractiveBrokers:MarketDataType", "InteractiveBrokers:JumpRejectFraction", "InteractiveBrokers:JumpConfirmationTicks",
                "InteractiveBrokers:RequestTimeout", "InteractiveBrokers:ConnectRetryAttempts", "InteractiveBrokers:ConnectRetryMaxDelay",
                "InteractiveBrokers:DailyResetStart", "InteractiveBrokers:WeeklyResetDay",
            ],
            problems.Select(p => p.Key));
        var port = problems.Single(p => p.Key == "InteractiveBrokers:Port");
        Assert.Equal("0", port.Value);
        Assert.Contains("1..65535", port.Allowed, StringComparison.Ordinal);
        Assert.Equal("1.5", problems.Single(p => p.Key == "InteractiveBrokers:JumpRejectFraction").Value);
        Assert.Contains("below TWS's limit of 50", problems.Single(p => p.Key == "InteractiveBrokers:MessagesPerSecond").Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void ToClientOptions_CopiesTheConnectionSettings()
    {
        var sut = new InteractiveBrokersOptions
        {
            Host = "10.0.0.5", Port = 4002, ClientId = 12, ConnectTimeout = TimeSpan.FromSeconds(3), HandshakeTimeout = TimeSpan.FromSeconds(4),
            MessagesPerSecond = 30, MessageBurst = 5, EventCapacity = 500,
        };

        var client = sut.ToClientOptions();

        Assert.Equal(
            ("10.0.0.5", 4002, 12, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4), 30, 5, 500),
            (client.Host, client.Port, client.ClientId, client.ConnectTimeout, client.HandshakeTimeout, client.MessagesPerSecond, client.MessageBurst, client.EventCapacity));
        client.Validate();
    }
}
