using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Adapters.Notifications.Webhooks;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Tests.Notifications;

public sealed class OutboxDeliveryServiceTests : IAsyncDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private DeliveryRig rig = new();

    public async ValueTask DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task DeliverPendingAsync_EndpointUp_DeliversInOrderAndNeverAgain()
    {
        var alerts = SomeAlert.Series(5);
        await rig.Outbox.EnqueueAsync(alerts, CancellationToken.None);
        var sut = rig.Service;

        var first = await sut.DeliverPendingAsync(CancellationToken.None);
        var second = await sut.DeliverPendingAsync(CancellationToken.None);

        Assert.True(first && second);
        Assert.Equal(Keys(alerts), rig.Server.Accepted.Select(request => request.IdempotencyKey));
        Assert.Equal(0, await rig.Outbox.CountUndeliveredAsync(sut.Destination, CancellationToken.None));
        Assert.Equal(new OutboxDeliveryStatus("webhook", 0, 5, 0, 0, null, null, rig.Time.GetCurrentInstant()), sut.Status);
    }

    [Fact]
    public async Task DeliverPendingAsync_ServerErrorsThenRecovers_RetriesWithBackoffAndDeliversEachOnceInOrder()
    {
        rig.Server.Script(500, 503);
        var alerts = SomeAlert.Series(3);
        await rig.Outbox.EnqueueAsync(alerts, CancellationToken.None);
        var start = rig.Time.GetUtcNow();

        var delivered = await rig.Time.DriveAsync(rig.Service.DeliverPendingAsync(CancellationToken.None), rig.IsNotAttemptTimeout);

        Assert.True(delivered);
        Assert.Equal(Keys(alerts), rig.Server.Accepted.Select(request => request.IdempotencyKey));
        var all = Drain(rig.Server);
        Assert.Equal([.. Enumerable.Repeat(Keys(alerts)[0], 3), .. Keys(alerts)[1..]], all.Select(request => request.IdempotencyKey));
        var waited = rig.Time.GetUtcNow() - start;
        Assert.InRange(waited, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task DeliverPendingAsync_EndpointHangs_AttemptTimesOutOnTheManualClockAndTheRetryDelivers()
    {
        rig.Server.Script(LoopbackHttpServer.Hang);
        var alert = SomeAlert.Create(sequence: 1);
        await rig.Outbox.EnqueueAsync([alert], CancellationToken.None);
        using var guard = new CancellationTokenSource(Guard);

        var pass = rig.Service.DeliverPendingAsync(CancellationToken.None);
        var hung = await rig.Server.Received.ReadAsync(guard.Token);
        rig.Time.Clock.Advance(rig.Options.AttemptTimeout);
        var delivered = await rig.Time.DriveAsync(pass, rig.IsNotAttemptTimeout);

        Assert.True(delivered);
        var retried = await rig.Server.Received.ReadAsync(guard.Token);
        Assert.Equal(WebhookAlertSink.IdempotencyKey(alert), hung.IdempotencyKey);
        Assert.Equal(hung.IdempotencyKey, retried.IdempotencyKey);
        Assert.Equal([hung.IdempotencyKey], rig.Server.Accepted.Select(request => request.IdempotencyKey));
    }

    [Fact]
    public async Task DeliverPendingAsync_FailsMidway_StopsAtTheFailedAlertAndRestartResumesThereWithoutRedelivering()
    {
        await rig.DisposeAsync();
        rig = new DeliveryRig(new AlertDeliveryOptions { MaxRetryAttempts = 1, BreakerMinimumThroughput = 100 });
        var alerts = SomeAlert.Series(4);
        await rig.Outbox.EnqueueAsync(alerts, CancellationToken.None);
        rig.Server.Script(200, 200, 500, 500);

        var firstRun = await rig.Time.DriveAsync(rig.Service.DeliverPendingAsync(CancellationToken.None), rig.IsNotAttemptTimeout);
        var afterFailure = rig.Service.Status;
        rig.Reopen();
        var secondRun = await rig.Time.DriveAsync(rig.Service.DeliverPendingAsync(CancellationToken.None), rig.IsNotAttemptTimeout);

        Assert.False(firstRun);
        Assert.Equal((2L, 1, 2), (afterFailure.Pending, afterFailure.ConsecutiveFailures, afterFailure.LastPassDelivered));
        Assert.StartsWith($"alert 3-", afterFailure.LastFailure, StringComparison.Ordinal);
        Assert.Contains("answered 500", afterFailure.LastFailure, StringComparison.Ordinal);
        Assert.True(secondRun);
        Assert.Equal(Keys(alerts), rig.Server.Accepted.Select(request => request.IdempotencyKey));
    }

    /// <summary>A stop (SIGTERM) while the endpoint is answering: the answer is awaited and the alert marked, so the
    /// final pass sends only what was never tried, and each alert reaches the endpoint exactly once.</summary>
    [Fact]
    public async Task DeliverPendingAsync_StoppedWhileTheEndpointIsAnswering_FinishesThatDeliveryAndTheFinalPassDoesNotRepeatIt()
    {
        rig.Server.Script(LoopbackHttpServer.Held);
        var alerts = SomeAlert.Series(3);
        await rig.Outbox.EnqueueAsync(alerts, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        using var guard = new CancellationTokenSource(Guard);

        var pass = rig.Service.DeliverPendingAsync(stop.Token);
        var inFlight = await rig.Server.Received.ReadAsync(guard.Token);
        await stop.CancelAsync();
        rig.Server.ReleaseHeld();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass.WaitAsync(guard.Token));
        var afterStop = rig.Service.Status;
        var finalPass = await rig.Service.DeliverPendingAsync(CancellationToken.None);

        Assert.Equal(Keys(alerts)[0], inFlight.IdempotencyKey);
        Assert.Equal((2L, 1, 1L), (afterStop.Pending, afterStop.LastPassDelivered, afterStop.DeliveredTotal));
        Assert.True(finalPass);
        Assert.Equal(Keys(alerts), Drain(rig.Server).Select(request => request.IdempotencyKey).Prepend(inFlight.IdempotencyKey));
        Assert.Equal(0, await rig.Outbox.CountUndeliveredAsync(rig.Service.Destination, CancellationToken.None));
    }

    /// <summary>The wait for an attempt in flight is bounded: an endpoint that never answers is given up on one attempt
    /// timeout after the stop, and no retry follows (the clock is moved by exactly that, once).</summary>
    [Fact]
    public async Task DeliverPendingAsync_StoppedWhileTheEndpointHangs_GivesUpAfterOneAttemptTimeoutWithoutARetry()
    {
        rig.Server.Script(LoopbackHttpServer.Hang);
        await rig.Outbox.EnqueueAsync(SomeAlert.Series(2), CancellationToken.None);
        using var stop = new CancellationTokenSource();
        using var guard = new CancellationTokenSource(Guard);

        var pass = rig.Service.DeliverPendingAsync(stop.Token);
        await rig.Server.Received.ReadAsync(guard.Token);
        await stop.CancelAsync();
        rig.Time.Clock.Advance(rig.Options.AttemptTimeout);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass.WaitAsync(guard.Token));
        Assert.False(rig.Server.Received.TryRead(out _));
        Assert.Equal(2, await rig.Outbox.CountUndeliveredAsync(rig.Service.Destination, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_NotifiedWhileIdle_DeliversWithoutWaitingForThePollInterval()
    {
        using var stop = new CancellationTokenSource();
        using var guard = new CancellationTokenSource(Guard);
        var worker = Task.Run(() => rig.Service.RunAsync(stop.Token), CancellationToken.None);
        Assert.Equal(rig.Options.PollInterval, await rig.Time.Armed.ReadAsync(guard.Token));
        var sink = new OutboxAlertSink(rig.Outbox, [rig.Service]);

        await sink.DeliverAsync([SomeAlert.Create(sequence: 1)], CancellationToken.None);
        var request = await rig.Server.Received.ReadAsync(guard.Token);

        Assert.StartsWith("1-", request.IdempotencyKey, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, rig.Time.GetUtcNow() - new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker);
    }

    [Fact]
    public async Task RunAsync_WebhookDownForASimulatedHour_QueuesAlertsAndDeliversThemAfterwardsInOrderExactlyOnce()
    {
        await rig.DisposeAsync();
        rig = new DeliveryRig(new AlertDeliveryOptions { AttemptTimeout = TimeSpan.FromHours(2) });
        await rig.Server.StopAsync();
        var sink = new OutboxAlertSink(rig.Outbox, [rig.Service]);
        var start = rig.Time.GetUtcNow();
        using var stop = new CancellationTokenSource();
        using var guard = new CancellationTokenSource(Guard);
        var worker = Task.Run(() => rig.Service.RunAsync(stop.Token), CancellationToken.None);
        var alerts = new List<Alert>();

        while (rig.Time.GetUtcNow() - start < TimeSpan.FromHours(1))
        {
            var minute = (int)(rig.Time.GetUtcNow() - start).TotalMinutes;
            if (alerts.Count <= minute)
            {
                alerts.Add(SomeAlert.Create(sequence: alerts.Count + 1));
                await sink.DeliverAsync([alerts[^1]], CancellationToken.None);
            }

            rig.Time.Clock.Advance(await NextIdleTimerAsync(guard.Token));
        }

        var duringOutage = rig.Service.Status;
        Assert.Equal(60, alerts.Count);
        Assert.Equal(60, await rig.Outbox.CountUndeliveredAsync("webhook", CancellationToken.None));
        Assert.Empty(rig.Server.Accepted);
        rig.Server.Restart();
        while (rig.Service.Status.Pending > 0 || rig.Service.Status.ConsecutiveFailures > 0)
        {
            rig.Time.Clock.Advance(await NextIdleTimerAsync(guard.Token));
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker);
        Assert.True(duringOutage.ConsecutiveFailures > 10, $"only {duringOutage.ConsecutiveFailures} failed passes in an hour");
        Assert.Equal(Keys(alerts), rig.Server.Accepted.Select(request => request.IdempotencyKey));
        Assert.Equal(60, rig.Service.Status.DeliveredTotal);
        Assert.Contains(rig.Reports, report => report.LastFailure is not null);
        Assert.All(rig.Reports, report => Assert.DoesNotContain("VerySecretWebhookToken", report.LastFailure ?? string.Empty, StringComparison.Ordinal));
        Assert.Contains(rig.Reports, report => (report.LastFailure ?? string.Empty).Contains($"webhook 'webhook' at http://127.0.0.1:{rig.Server.Port}/… did not accept alert 1", StringComparison.Ordinal));
        Assert.All(rig.Reports, report => Assert.DoesNotContain("/hooks/T42", report.LastFailure ?? string.Empty, StringComparison.Ordinal));
    }

    /// <summary>The next timer the worker waits on (a retry delay or the poll), ignoring attempt timeouts.</summary>
    private async Task<TimeSpan> NextIdleTimerAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var due = await rig.Time.Armed.ReadAsync(cancellationToken);
            if (due < TimeSpan.FromHours(1))
            {
                return due;
            }
        }
    }

    private static string[] Keys(IEnumerable<Alert> alerts) => [.. alerts.Select(WebhookAlertSink.IdempotencyKey)];

    private static List<ReceivedRequest> Drain(LoopbackHttpServer server)
    {
        var all = new List<ReceivedRequest>();
        while (server.Received.TryRead(out var request))
        {
            all.Add(request);
        }

        return all;
    }
}
