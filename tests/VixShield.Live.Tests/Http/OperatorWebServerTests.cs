using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using VixShield.Live.Tests.Hosting;

namespace VixShield.Live.Tests.Http;

/// <summary>The operator's window over real HTTP on loopback, against one real daemon process shared by the tests.</summary>
public sealed class OperatorWebServerTests(RunningDaemon daemon) : IClassFixture<RunningDaemon>
{
    private const string Token = RunningDaemon.Token;
    private readonly HttpClient client = daemon.Client;

    [Fact]
    public async Task Health_RunningSimulation_IsHealthyWithFeedAndStateChecks()
    {
        using var response = await client.GetAsync("health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("feed").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("state").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Metrics_AfterQuotes_ExposesPrometheusCountersThatGrow()
    {
        var first = await client.GetStringAsync("metrics");
        var second = await client.GetStringAsync("metrics");

        Assert.Contains("# TYPE vixshield_quotes_total counter", first, StringComparison.Ordinal);
        Assert.Contains("vixshield_feed_staleness_seconds{symbol=\"SPX\"}", first, StringComparison.Ordinal);
        Assert.True(Counter(second, "vixshield_events_total") > Counter(first, "vixshield_events_total"),
            "the status query itself is an event, so the event counter grows between scrapes");
    }

    [Fact]
    public async Task Status_RunningSimulation_ReportsSessionFeedAndPrices()
    {
        var body = JsonDocument.Parse(await client.GetStringAsync("api/status")).RootElement;
        var snapshot = body.GetProperty("snapshot");

        Assert.Equal("sim", snapshot.GetProperty("feed").GetProperty("name").GetString());
        var spx = snapshot.GetProperty("instruments").EnumerateArray().Single(i => i.GetProperty("symbol").GetString() == "SPX");
        Assert.True(spx.GetProperty("price").GetDecimal() > 0m);
        Assert.False(body.GetProperty("controls").GetProperty("paused").GetBoolean());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token-wrong-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Control_WithoutTheRightToken_Is401AndChangesNothing(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/kill");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);
        var status = JsonDocument.Parse(await client.GetStringAsync("api/status")).RootElement;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(status.GetProperty("controls").GetProperty("killed").GetBoolean());
    }

    [Fact]
    public async Task Control_PauseThenResumeWithToken_ChangesTheSwitch()
    {
        using var pause = new HttpRequestMessage(HttpMethod.Post, "api/pause");
        pause.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var paused = await client.SendAsync(pause);
        var afterPause = JsonDocument.Parse(await paused.Content.ReadAsStringAsync()).RootElement;
        using var resume = new HttpRequestMessage(HttpMethod.Post, "api/resume");
        resume.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var resumed = await client.SendAsync(resume);
        var afterResume = JsonDocument.Parse(await resumed.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.True(afterPause.GetProperty("paused").GetBoolean());
        Assert.False(afterResume.GetProperty("paused").GetBoolean());
    }

    [Fact]
    public async Task Control_OversizedBody_Is413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/pause") { Content = new StringContent(new string('x', 100_000)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_Root_ServesThePage()
    {
        var page = await client.GetStringAsync("/");

        Assert.Contains("<title>VixShield.Live</title>", page, StringComparison.Ordinal);
        Assert.Contains("/api/status", page, StringComparison.Ordinal);
    }

    private static long Counter(string metrics, string name) =>
        long.Parse(metrics.Split('\n').Single(line => line.StartsWith(name + " ", StringComparison.Ordinal))[(name.Length + 1)..],
            System.Globalization.CultureInfo.InvariantCulture);
}
