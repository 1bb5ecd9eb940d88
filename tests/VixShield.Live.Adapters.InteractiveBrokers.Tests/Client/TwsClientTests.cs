using NodaTime;
using Polly;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Client;

/// <summary>
/// <see cref="TwsClient"/> against <see cref="FakeTwsServer"/> on a real loopback socket. Awaits have a generous
/// real-time guard that only turns a hang into a failure; the expected path never waits on time, and every timeout,
/// backoff and pacing delay runs on a manual clock.
/// </summary>
public sealed partial class TwsClientTests : IDisposable
{
    private static readonly Instant Start = Instant.FromUtc(2026, 10, 16, 13, 45);
    private readonly CancellationTokenSource guard = new(TimeSpan.FromSeconds(30));

    private CancellationToken Guard => guard.Token;

    public void Dispose() => guard.Dispose();

    private static TwsClientOptions Options(FakeTwsServer server) => new() { Port = server.Port, ClientId = 7 };

    private static FakeTwsServer StartServer(string? scenario = null, int serverVersion = FakeTwsServerOptions.DefaultServerVersion)
        => FakeTwsServer.Start(new FakeTwsServerOptions
        {
            ServerVersion = serverVersion,
            Script = scenario is null ? FakeTwsScript.Empty : FakeTwsScript.Load(TwsGoldenScenario.Load(scenario).ScriptPath),
        });

    private static TwsClient CreateClient(FakeTwsServer server, TimeProvider clock, ResiliencePipeline? pipeline = null)
        => new(Options(server), clock, pipeline ?? ResiliencePipeline.Empty);

    /// <summary>Sends with a full pacing bucket: advancing the manual clock a second first means no send waits on it.</summary>
    private static async Task SendRestedAsync(TwsClient client, ManualTimeProvider clock, Requests.TwsRequest request, CancellationToken token)
    {
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.SendAsync(request, token);
    }

    private static void AssertWireMatchesGolden(FakeTwsServer server, TwsGoldenScenario scenario)
    {
        var received = server.Requests;
        Assert.Equal(scenario.ClientMessages.Select(m => m.Name), received.Select(r => r.Name));
        for (var i = 0; i < received.Count; i++)
        {
            Assert.Equal(OfficialValues.Expected(scenario.ClientMessages[i]), received[i].Fields);
        }

        Assert.Empty(server.ProtocolErrors);
    }

    private static void AssertStartup(EventLog log, int serverVersion = 193)
    {
        Assert.Equal(["DU1234567"], Assert.IsType<ManagedAccountsReceived>(log.Seen[0]).Accounts);
        Assert.Equal(1, Assert.IsType<NextValidIdReceived>(log.Seen[1]).OrderId);
        var established = Assert.IsType<ConnectionEstablished>(log.Seen[2]);
        Assert.Equal(new ConnectionEstablished(serverVersion, "20261016 09:45:00 EDT", 1) { ReceivedTime = established.ReceivedTime }, established);
    }
}
