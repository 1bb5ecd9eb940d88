using VixShield.Live.Adapters.InteractiveBrokers.Client;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Client;

public sealed class TwsClientOptionsTests
{
    [Fact]
    public void Validate_Defaults_Passes()
    {
        var sut = new TwsClientOptions();

        sut.Validate();

        Assert.Equal(("127.0.0.1", 7497, 7), (sut.Host, sut.Port, sut.ClientId));
    }

    [Fact]
    public void Validate_PortOutOfRange_NamesFieldValueAndAllowedRange()
    {
        var sut = new TwsClientOptions { Port = 70000 };

        var error = Assert.Throws<ArgumentException>(sut.Validate);

        Assert.Equal("TWS client setting InteractiveBrokers:Port is 70000; allowed: 1..65535", error.Message);
    }

    [Fact]
    public void Validate_PacingAtTwsLimit_IsRefused()
    {
        var sut = new TwsClientOptions { MessagesPerSecond = 46, MessageBurst = 4 };

        var error = Assert.Throws<ArgumentException>(sut.Validate);

        Assert.Contains("below TWS's limit of 50", error.Message, StringComparison.Ordinal);
    }
}
