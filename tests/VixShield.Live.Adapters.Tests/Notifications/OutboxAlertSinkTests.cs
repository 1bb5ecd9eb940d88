using VixShield.Live.Adapters.Notifications.Outbox;

namespace VixShield.Live.Adapters.Tests.Notifications;

public sealed class OutboxAlertSinkTests : IAsyncDisposable
{
    private readonly DeliveryRig rig = new();

    public async ValueTask DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task DeliverAsync_BatchThenReplayedBatch_StoresEachAlertOnceAndTouchesNoEndpoint()
    {
        var sut = new OutboxAlertSink(rig.Outbox, [rig.Service]);

        await sut.DeliverAsync(SomeAlert.Series(3), CancellationToken.None);
        await sut.DeliverAsync(SomeAlert.Series(4), CancellationToken.None);

        Assert.Equal(4, sut.Enqueued);
        Assert.Equal([1L, 2L, 3L, 4L], (await rig.Outbox.ReadUndeliveredAsync("webhook", 10, CancellationToken.None)).Select(item => item.Alert.Sequence));
        Assert.False(rig.Server.Received.TryRead(out _));
    }

    [Fact]
    public async Task DeliverAsync_StoreClosed_Throws()
    {
        var sut = new OutboxAlertSink(rig.Outbox, []);
        rig.Database.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => sut.DeliverAsync(SomeAlert.Series(1), CancellationToken.None));
    }
}
