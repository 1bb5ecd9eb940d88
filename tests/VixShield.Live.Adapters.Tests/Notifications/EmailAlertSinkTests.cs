using NodaTime;
using VixShield.Live.Adapters.Notifications.Email;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Tests.Notifications;

public sealed class EmailAlertSinkTests
{
    private const string Password = "Hunter2-SmtpPassword";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task DeliverAsync_WarningWithLogin_SendsOneMailWithSubjectTextAndJson()
    {
        await using var server = new LoopbackSmtpServer(Password);
        var sut = new EmailAlertSink(Options(server, Password), NewYork);
        using var guard = new CancellationTokenSource(Guard);

        await sut.DeliverAsync([SomeAlert.Create(sequence: 4)], guard.Token);

        var mail = await server.Mail.ReadAsync(guard.Token);
        Assert.Equal("<alerts@vixshield.test>", mail.From);
        Assert.Equal(["<ops@example.test>", "<trader@example.test>"], mail.Recipients);
        Assert.Equal("[VixShield] WARNING feed.stale SPX: alert number 4", mail.Header("Subject"));
        Assert.Matches("^4-[0-9a-f]{16}$", mail.Header("X-VixShield-Alert-Id"));
        var body = mail.DecodedBody();
        Assert.StartsWith("WARNING feed.stale SPX at 2026-03-02 09:34:00: alert number 4 (seconds_silent=45.5, price=5800.25)\r\n\r\n{\"seq\":4,", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_DefaultQuietMode_SendsOnlyWarningsAndAbove()
    {
        await using var server = new LoopbackSmtpServer();
        var sut = new EmailAlertSink(Options(server, password: null), NewYork);
        using var guard = new CancellationTokenSource(Guard);

        await sut.DeliverAsync(
            [SomeAlert.Create(sequence: 1, type: "session.open", severity: AlertSeverity.Info), SomeAlert.Create(sequence: 2, severity: AlertSeverity.Critical)],
            guard.Token);

        var mail = await server.Mail.ReadAsync(guard.Token);
        Assert.StartsWith("[VixShield] CRITICAL feed.stale", mail.Header("Subject"), StringComparison.Ordinal);
        Assert.False(server.Mail.TryRead(out _));
    }

    [Fact]
    public async Task DeliverAsync_LoginRejectedWithPasswordEchoed_ThrowsWithoutThePassword()
    {
        await using var server = new LoopbackSmtpServer("the-right-one");
        var sut = new EmailAlertSink(Options(server, Password), NewYork);
        using var guard = new CancellationTokenSource(Guard);

        var error = await Assert.ThrowsAsync<AlertDeliveryException>(() => sut.DeliverAsync([SomeAlert.Create(sequence: 9)], guard.Token));

        Assert.Contains($"email 'email' via 127.0.0.1:{server.Port} did not accept alert 9 (feed.stale)", error.Message, StringComparison.Ordinal);
        Assert.Contains("password [redacted] was rejected", error.Message, StringComparison.Ordinal);
        Assert.Equal(530, error.StatusCode);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task DeliverAsync_ServerDown_ThrowsDeliveryException()
    {
        int port;
        await using (var server = new LoopbackSmtpServer())
        {
            port = server.Port;
        }

        var options = Options(port, password: null);
        var sut = new EmailAlertSink(options, NewYork);

        var error = await Assert.ThrowsAsync<AlertDeliveryException>(() => sut.DeliverAsync([SomeAlert.Create()], CancellationToken.None));

        Assert.Contains($"via 127.0.0.1:{port} did not accept alert 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("to", "Alerts:Email:To is not set; allowed: a list of at least one recipient address")]
    [InlineData("from", "Alerts:Email:From is 'not an address'; allowed: the sender's address")]
    [InlineData("user", "Alerts:Email:Password is '(set, not shown because it is secret)'; allowed: empty while Alerts:Email:UserName is empty")]
    [InlineData("port", "Alerts:Email:Port is '0'; allowed: a TCP port from 1 to 65535")]
    public void Constructor_InvalidOptions_ThrowsNamingTheSettingButNotThePassword(string broken, string expected)
    {
        var options = Options(25, Password);
        switch (broken)
        {
            case "to":
                options.To = [];
                break;
            case "from":
                options.From = "not an address";
                break;
            case "user":
                options.UserName = null;
                break;
            default:
                options.Port = 0;
                break;
        }

        var error = Assert.ThrowsAny<ArgumentException>(() => new EmailAlertSink(options, NewYork));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    private static EmailAlertOptions Options(LoopbackSmtpServer server, string? password) => Options(server.Port, password);

    private static EmailAlertOptions Options(int port, string? password) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        UseStartTls = false,
        UserName = password is null ? null : "vixshield",
        Password = password,
        From = "alerts@vixshield.test",
        To = ["ops@example.test", "trader@example.test"],
        SendTimeout = TimeSpan.FromSeconds(10),
    };
}
