using Microsoft.Extensions.Logging.Abstractions;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Engine.Pipeline;
using VixShield.Live.Testing;

namespace VixShield.Live.Engine.Tests.Pipeline;

public class EngineChannelsTests
{
    [Fact]
    public async Task Inbound_WhenFull_WriterWaitsInsteadOfDropping()
    {
        var sut = new EngineChannels(new EngineOptions { InboundCapacity = 1_024 });
        for (var i = 0; i < 1_024; i++)
        {
            Assert.True(sut.Inbound.Writer.TryWrite(InboundEvent.ForHeartbeat(Some.SessionOpen)));
        }

        Assert.False(sut.Inbound.Writer.TryWrite(InboundEvent.ForHeartbeat(Some.SessionOpen)));
        var blocked = sut.Inbound.Writer.WriteAsync(InboundEvent.ForHeartbeat(Some.SessionOpen)).AsTask();
        Assert.False(blocked.IsCompleted);

        Assert.True(sut.Inbound.Reader.TryRead(out _));
        await blocked;
        Assert.Equal(1_024, sut.Inbound.Reader.Count);
    }

    [Fact]
    public async Task Pipeline_SlowAlertConsumer_LoopWaitsAndLosesNoAlert()
    {
        var options = new EngineOptions { InboundCapacity = 1_024, AlertCapacity = 64 };
        var channels = new EngineChannels(options);
        var sut = new DecisionLoop(channels.Inbound.Reader, channels.Alerts.Writer, new NyseTradingCalendar(), options, false, NullLogger<DecisionLoop>.Instance);
        var loop = sut.RunAsync(CancellationToken.None);
        const int Minutes = 300;
        for (var minute = 0; minute < Minutes; minute++)
        {
            await channels.Inbound.Writer.WriteAsync(InboundEvent.ForQuote(Some.Quote(at: Some.SessionOpen + NodaTime.Duration.FromMinutes(minute))));
        }

        channels.Inbound.Writer.Complete();
        var consumer = Task.Run(async () =>
        {
            var list = new List<Alert>();
            await foreach (var alert in channels.Alerts.Reader.ReadAllAsync())
            {
                list.Add(alert);
            }

            return list;
        });

        await loop;
        channels.Alerts.Writer.Complete();
        var received = await consumer;
        Assert.Equal(Minutes, sut.Statistics.QuotesProcessed);
        Assert.Equal(sut.Statistics.AlertsEmitted, received.Count);
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => (long)i), received.Select(a => a.Sequence));
    }
}
