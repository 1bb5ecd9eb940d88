using System.Threading.Channels;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Engine.Execution;

namespace VixShield.Live.Engine.Tests.Execution;

public class ExecutionChannelsTests
{
    [Fact]
    public async Task Commands_WhenFull_WriterWaitsInsteadOfDropping()
    {
        var sut = new ExecutionChannels(new ExecutionOptions { CommandCapacity = 2 });
        Assert.True(sut.Commands.Writer.TryWrite(Orders.Call("a")));
        Assert.True(sut.Commands.Writer.TryWrite(Orders.Call("b")));

        Assert.False(sut.Commands.Writer.TryWrite(Orders.Call("c")));
        var blocked = sut.Commands.Writer.WriteAsync(Orders.Call("c")).AsTask();
        Assert.False(blocked.IsCompleted);
        Assert.True(sut.Commands.Reader.TryRead(out var first));
        await blocked;

        Assert.Equal("a", Assert.IsType<SubmitOrder>(first).ClientOrderId.Value);
        Assert.Equal(2, sut.Commands.Reader.Count);
    }

    [Fact]
    public void Events_WhenFull_RefuseTryWriteRatherThanDrop()
    {
        var sut = new ExecutionChannels(new ExecutionOptions { EventCapacity = 1 });
        var accepted = new OrderCancelRejected(Domain.Orders.ClientOrderId.From("a"), "PAPER", NodaTime.Instant.FromUtc(2026, 3, 2, 16, 0), "x");

        Assert.True(sut.Events.Writer.TryWrite(accepted));
        Assert.False(sut.Events.Writer.TryWrite(accepted));
        Assert.Equal(1, sut.Events.Reader.Count);
    }

    [Fact]
    public async Task Events_WrittenWaitingAndRead_CountFollowsWhatIsWaiting()
    {
        var sut = new ExecutionChannels(new ExecutionOptions { EventCapacity = 2 });
        var executionEvent = new OrderCancelRejected(Domain.Orders.ClientOrderId.From("a"), "PAPER", NodaTime.Instant.FromUtc(2026, 3, 2, 16, 0), "x");
        await sut.Events.Writer.WriteAsync(executionEvent);
        Assert.True(sut.Events.Writer.TryWrite(executionEvent));
        var waiting = sut.Events.Writer.WriteAsync(executionEvent).AsTask();
        Assert.False(waiting.IsCompleted);

        Assert.True(sut.Events.Reader.TryRead(out _));
        await waiting;
        Assert.Equal(2, sut.Events.Reader.Count);
        Assert.True(sut.Events.Reader.TryRead(out _));
        Assert.True(sut.Events.Reader.TryRead(out _));

        Assert.False(sut.Events.Reader.TryRead(out _));
        Assert.Equal(0, sut.Events.Reader.Count);
    }

    [Fact]
    public async Task Events_Completed_ReaderDrainsThenCompletesAndWritesAreRefused()
    {
        var sut = new ExecutionChannels(new ExecutionOptions());
        var executionEvent = new OrderCancelRejected(Domain.Orders.ClientOrderId.From("a"), "PAPER", NodaTime.Instant.FromUtc(2026, 3, 2, 16, 0), "x");
        Assert.True(sut.Events.Writer.TryWrite(executionEvent));
        Assert.True(sut.Events.Writer.TryComplete());

        Assert.False(sut.Events.Writer.TryWrite(executionEvent));
        await Assert.ThrowsAsync<ChannelClosedException>(async () => await sut.Events.Writer.WriteAsync(executionEvent));
        var read = await sut.Events.Reader.ReadAllAsync().ToListAsync();
        Assert.Single(read);
        Assert.Equal(0, sut.Events.Reader.Count);
        await sut.Events.Reader.Completion;
    }
}
