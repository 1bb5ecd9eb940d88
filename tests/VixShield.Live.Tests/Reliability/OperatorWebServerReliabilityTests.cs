using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using VixShield.Live.Tests.Hosting;
using VixShield.Live.Tests.Http;

namespace VixShield.Live.Tests.Reliability;

/// <summary>The operator's window attacked over real HTTP: every control endpoint with every wrong credential, bodies
/// over the limit (declared and chunked), and the listener seen from the machine's other addresses.</summary>
public sealed class OperatorWebServerReliabilityTests(RunningDaemon daemon) : IClassFixture<RunningDaemon>
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);
    private readonly HttpClient client = daemon.Client;

    public static TheoryData<string, string?> WrongCredentials()
    {
        const string Token = RunningDaemon.Token;
        var data = new TheoryData<string, string?>();
        foreach (var endpoint in new[] { "api/pause", "api/resume", "api/kill" })
        {
            foreach (var authorization in new[]
            {
                null, string.Empty, "Bearer", "Bearer ", "Bearer wrong", "Bearer " + Token + "x", "Bearer " + Token[..^1], Token, "Token " + Token,
                "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("operator:" + Token)), "Bearer " + Token.ToUpperInvariant(), "Bearer " + Token + " " + Token,
            })
            {
                data.Add(endpoint, authorization);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongCredentials))]
    public async Task Control_WithoutOrWithAWrongCredential_Is401WithAChallengeAndChangesNothing(string endpoint, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);
        var controls = await ControlsAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal((false, false), controls);
    }

    [Theory]
    [InlineData("api/pause")]
    [InlineData("api/kill")]
    public async Task Control_GetInsteadOfPost_IsRefusedAndChangesNothing(string endpoint)
    {
        using var response = await client.GetAsync(endpoint);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal((false, false), await ControlsAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Control_DeclaredBodyOverTheLimit_Is413AndChangesNothing(bool withToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/kill") { Content = new ByteArrayContent(new byte[4097]) };
        if (withToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningDaemon.Token);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal((false, false), await ControlsAsync());
    }

    [Fact]
    public async Task Control_ChunkedBodyOverTheLimit_Is413AndChangesNothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/pause") { Content = new StreamContent(new MemoryStream(new byte[100_000])) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningDaemon.Token);
        request.Headers.TransferEncodingChunked = true;

        HttpStatusCode status;
        try
        {
            using var response = await client.SendAsync(request);
            status = response.StatusCode;
        }
        finally
        {
            using var resume = new HttpRequestMessage(HttpMethod.Post, "api/resume");
            resume.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningDaemon.Token);
            var paused = (await ControlsAsync()).Paused;
            (await client.SendAsync(resume)).Dispose();
            Assert.False(paused, "the oversized request paused the daemon");
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task Listener_DefaultBindAddress_RefusesConnectionsOnEveryOtherAddressOfTheMachine()
    {
        var others = OtherAddresses();

        foreach (var address in others)
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            var error = await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(address, daemon.Port).WaitAsync(HangGuard));
            Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
        }

        using var health = await client.GetAsync("health/live");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Listener_BindAddressSetExplicitlyToAll_IsReachableOnOtherAddressesWarnsAndKeepsControlShutWithoutAToken()
    {
        var directory = Directory.CreateTempSubdirectory("vixshield-http-any-").FullName;
        var port = DaemonProcess.FreePort();
        try
        {
            using var exposed = DaemonProcess.Start(
                new Dictionary<string, string> { ["VIXSHIELD__Http__BindAddress"] = "0.0.0.0" },
                "--speed", "60", "--data-dir", directory, "--http-port", port.ToString(CultureInfo.InvariantCulture));
            await exposed.LogLine("Operator's window at").WaitAsync(HangGuard);
            var address = OtherAddresses().First(a => a.AddressFamily == AddressFamily.InterNetwork);
            using var remote = new HttpClient { BaseAddress = new Uri($"http://{address}:{port.ToString(CultureInfo.InvariantCulture)}/") };

            using var health = await remote.GetAsync("health/live");
            using var kill = await remote.PostAsync("api/kill", content: null);

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, kill.StatusCode);
            Assert.Contains("reachable from the network (Http:BindAddress)", exposed.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The machine's addresses other than 127.0.0.1 and ::1: its interfaces' unicast addresses (link-local
    /// ones excluded: they need a scope), plus 127.0.0.2, a loopback address the default listener must not serve either.</summary>
    private static List<IPAddress> OtherAddresses()
    {
        var addresses = NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => !IPAddress.IsLoopback(address) && !address.IsIPv6LinkLocal)
            .ToList();
        addresses.Add(IPAddress.Parse("127.0.0.2"));
        return addresses;
    }

    private async Task<(bool Paused, bool Killed)> ControlsAsync()
    {
        var controls = JsonDocument.Parse(await client.GetStringAsync("api/status")).RootElement.GetProperty("controls");
        return (controls.GetProperty("paused").GetBoolean(), controls.GetProperty("killed").GetBoolean());
    }
}
