using System.Text.Json;
using NodaTime;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Adapters.Notifications.Webhooks;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Tests.Notifications;

public sealed class WebhookAlertSinkTests : IAsyncDisposable
{
    private const string SecretPath = "/services/T0001/B0002/SuperSecretToken123";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);
    private readonly LoopbackHttpServer server = new();
    private readonly HttpClient httpClient = new();

    public async ValueTask DisposeAsync()
    {
        httpClient.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task DeliverAsync_JsonFormat_PostsTheAlertJsonShapeWithIdempotencyKey()
    {
        var sut = Create(WebhookPayloadFormat.Json);
        var alert = SomeAlert.Create(sequence: 7);

        await sut.DeliverAsync([alert], CancellationToken.None);

        var request = Assert.Single(server.Accepted);
        Assert.Equal("POST", request.Method);
        Assert.Equal(SecretPath, request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(7, body.RootElement.GetProperty("seq").GetInt64());
        Assert.Equal("feed.stale", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("warning", body.RootElement.GetProperty("severity").GetString());
        Assert.Equal("2026-03-02T14:37:00Z", body.RootElement.GetProperty("time").GetString());
        Assert.Equal(5800.25m, body.RootElement.GetProperty("values").GetProperty("price").GetDecimal());
        Assert.Matches("^7-[0-9a-f]{16}$", request.IdempotencyKey);
    }

    [Fact]
    public async Task DeliverAsync_SlackFormat_PostsEscapedTextInExchangeTime()
    {
        var sut = Create(WebhookPayloadFormat.Slack);

        await sut.DeliverAsync([SomeAlert.Create(sequence: 1, reason: "spread <wide> & thin", values: [AlertValue.Of("bid", 1.5m)])], CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(server.Accepted).Body);
        Assert.Equal("WARNING feed.stale SPX at 2026-03-02 09:31:00: spread &lt;wide&gt; &amp; thin (bid=1.5)", body.RootElement.GetProperty("text").GetString());
        Assert.Single(body.RootElement.EnumerateObject());
    }

    [Fact]
    public async Task DeliverAsync_DiscordFormat_PostsContentCutTo2000WithMentionsDisabled()
    {
        var sut = Create(WebhookPayloadFormat.Discord);

        await sut.DeliverAsync([SomeAlert.Create(reason: "@everyone " + new string('x', 3000))], CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(server.Accepted).Body);
        var content = body.RootElement.GetProperty("content").GetString()!;
        Assert.Equal(2000, content.Length);
        Assert.StartsWith("WARNING feed.stale SPX at 2026-03-02 09:31:00: @everyone xxx", content, StringComparison.Ordinal);
        Assert.EndsWith("x…", content, StringComparison.Ordinal);
        Assert.Equal(0, body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task DeliverAsync_TypeSettings_PostsOnlyWhatTheyAllow()
    {
        var sut = Create(WebhookPayloadFormat.Json, new Dictionary<string, AlertDeliveryMode> { ["bar"] = AlertDeliveryMode.Off, ["session"] = AlertDeliveryMode.Quiet });

        await sut.DeliverAsync(
        [
            SomeAlert.Create(sequence: 1, type: "bar.closed", severity: AlertSeverity.Critical),
            SomeAlert.Create(sequence: 2, type: "session.open", severity: AlertSeverity.Info),
            SomeAlert.Create(sequence: 3, type: "session.close", severity: AlertSeverity.Warning),
            SomeAlert.Create(sequence: 4, type: "feed.stale", severity: AlertSeverity.Debug),
        ], CancellationToken.None);

        Assert.Equal(["3-", "4-"], server.Accepted.Select(request => request.IdempotencyKey[..2]));
    }

    [Fact]
    public async Task DeliverAsync_ServerError_ThrowsWithStatusAndHostButWithoutTheSecretPath()
    {
        server.Script(500);
        var sut = Create(WebhookPayloadFormat.Slack);

        var error = await Assert.ThrowsAsync<AlertDeliveryException>(() => sut.DeliverAsync([SomeAlert.Create(sequence: 3)], CancellationToken.None));

        Assert.Equal(500, error.StatusCode);
        Assert.Contains($"webhook 'slack' at http://127.0.0.1:{server.Port}/… did not accept alert 3 (feed.stale): the endpoint answered 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("failure 500 for [redacted]", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error.ToString());
    }

    [Fact]
    public async Task DeliverAsync_EndpointDown_ThrowsWithoutTheSecretPath()
    {
        await server.StopAsync();
        var sut = Create(WebhookPayloadFormat.Json);

        var error = await Assert.ThrowsAsync<AlertDeliveryException>(() => sut.DeliverAsync([SomeAlert.Create()], CancellationToken.None));

        Assert.Null(error.StatusCode);
        Assert.Null(error.InnerException);
        Assert.Contains("HttpRequestException", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error.ToString());
    }

    [Fact]
    public async Task DeliverAsync_CancelledWhileEndpointHangs_ThrowsOperationCanceled()
    {
        server.Script(LoopbackHttpServer.Hang);
        var sut = Create(WebhookPayloadFormat.Json);
        using var cancel = new CancellationTokenSource();
        using var guard = new CancellationTokenSource(Guard);

        var delivery = sut.DeliverAsync([SomeAlert.Create()], cancel.Token);
        await server.Received.ReadAsync(guard.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delivery);
    }

    [Fact]
    public void Constructor_UrlNotHttp_ThrowsWithoutRepeatingIt()
    {
        var options = new WebhookAlertOptions { Url = "ftp://hooks.example.com" + SecretPath };

        var error = Assert.Throws<ArgumentException>(() => new WebhookAlertSink(httpClient, options, NewYork));

        Assert.StartsWith("Alerts:Webhook:Url is '(", error.Message, StringComparison.Ordinal);
        Assert.Contains("not shown because it is secret)'; allowed: an absolute http:// or https:// URL", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error.Message);
    }

    [Fact]
    public void IdempotencyKey_SameAlertTwiceAndAnotherAlert_StableAndDistinct()
    {
        var key = WebhookAlertSink.IdempotencyKey(SomeAlert.Create(sequence: 5));

        Assert.Equal(key, WebhookAlertSink.IdempotencyKey(SomeAlert.Create(sequence: 5)));
        Assert.NotEqual(key, WebhookAlertSink.IdempotencyKey(SomeAlert.Create(sequence: 5, reason: "other")));
    }

    [Fact]
    public void Address_ToString_ShowsSchemeHostAndPortOnly()
    {
        var sut = new WebhookAddress("https://hooks.slack.com" + SecretPath + "?token=abcdef", "Url");

        Assert.Equal("https://hooks.slack.com/…", sut.ToString());
        Assert.Equal("posting to [redacted] failed; token [redacted]", sut.Redact($"posting to https://hooks.slack.com{SecretPath}?token=abcdef failed; token SuperSecretToken123"));
    }

    private WebhookAlertSink Create(WebhookPayloadFormat format, Dictionary<string, AlertDeliveryMode>? types = null) =>
        new(httpClient, new WebhookAlertOptions
        {
            Name = format.ToString().ToLowerInvariant(),
            Url = server.Url(SecretPath),
            Format = format,
            Types = types ?? [],
        }, NewYork);

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain("SuperSecretToken123", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/services/T0001", text, StringComparison.OrdinalIgnoreCase);
    }
}
